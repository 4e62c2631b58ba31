package dev.httpstatus.logs;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.StatusText;
import dev.httpstatus.UnofficialCode;
import java.util.Locale;
import java.util.Optional;

/** What a code found in a log means: the registry's text, or an unofficial code's (nginx 499, Cloudflare 52x…). */
public final class CodeMeaning {
    private CodeMeaning() {}

    /** The explanation of {@code code} in {@code locale}; empty for a number neither the registry nor a vendor uses. */
    public static Optional<StatusText> of(int code, Locale locale) {
        Optional<HttpStatus> status = HttpStatus.find(code);
        if (status.isPresent()) {
            return Optional.of(status.get().text(locale));
        }
        return UnofficialCode.all().stream()
                .filter(unofficial -> unofficial.code() == code)
                .findFirst()
                .map(unofficial -> unofficial.text(locale));
    }
}
