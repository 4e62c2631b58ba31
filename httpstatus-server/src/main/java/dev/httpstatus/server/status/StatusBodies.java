package dev.httpstatus.server.status;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.Language;
import dev.httpstatus.StatusJson;
import dev.httpstatus.StatusText;
import dev.httpstatus.server.exchange.MediaType;
import dev.httpstatus.server.exchange.Responses;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** The body of a status answer in each media type the server offers. */
final class StatusBodies {
    private static final int CODES = HttpStatus.MAX_CODE - HttpStatus.MIN_CODE + 1;
    private static final int LANGUAGES = Language.values().length;

    /**
     * Bodies as UTF-8, made once for each media type, language and code, since a status server is asked for
     * the same few again and again (the JSON one took 10 KB of garbage to build). At most 3,000 small arrays.
     */
    private static final AtomicReferenceArray<byte[]> ENCODED =
            new AtomicReferenceArray<>(MediaType.values().length * LANGUAGES * CODES);

    private StatusBodies() {}

    /** The body of {@code status} as {@code type}, its texts in {@code language}. */
    static byte[] encoded(MediaType type, HttpStatus status, Language language) {
        int slot = (type.ordinal() * LANGUAGES + language.ordinal()) * CODES + status.code() - HttpStatus.MIN_CODE;
        byte[] body = ENCODED.get(slot);
        if (body == null) {
            body = of(type, status, language.locale()).getBytes(StandardCharsets.UTF_8);
            ENCODED.set(slot, body);
        }
        return body;
    }

    private static String of(MediaType type, HttpStatus status, Locale language) {
        return switch (type) {
            case TEXT -> status.code() + " " + Responses.status(status.code()).reasonPhrase();
            case JSON -> StatusJson.of(status, language);
            case HTML -> html(status, language);
        };
    }

    /** A small page naming the code and linking to its reference page; every value is escaped. */
    private static String html(HttpStatus status, Locale language) {
        StatusText text = status.text(language);
        String title = status.code() + " " + Responses.status(status.code()).reasonPhrase();
        return "<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\">\n<head><meta charset=\"utf-8\">"
                + "<title>" + Html.escape(title) + "</title></head>\n<body>\n<h1>" + Html.escape(title) + "</h1>\n"
                + "<p>" + Html.escape(text.summary()) + "</p>\n<p><a href=\"/codes/" + status.code() + "?lang="
                + language.getLanguage() + "\">" + Html.escape(text.title()) + "</a></p>\n</body>\n</html>\n";
    }
}
