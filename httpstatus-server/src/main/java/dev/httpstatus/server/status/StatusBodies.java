package dev.httpstatus.server.status;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.StatusJson;
import dev.httpstatus.StatusText;
import dev.httpstatus.server.exchange.MediaType;
import dev.httpstatus.server.exchange.Responses;
import java.util.Locale;

/** The body of a status answer in each media type the server offers. */
final class StatusBodies {
    private StatusBodies() {}

    static String of(MediaType type, HttpStatus status, Locale language) {
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
