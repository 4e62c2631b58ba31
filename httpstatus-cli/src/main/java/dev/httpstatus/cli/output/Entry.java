package dev.httpstatus.cli.output;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.Registration;
import dev.httpstatus.SpecReference;
import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusJson;
import dev.httpstatus.StatusText;
import dev.httpstatus.UnofficialCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One thing to print: a status, or one vendor's use of a number (listed per origin, and the only way to
 * show values such as 999 that are not status codes).
 */
public final class Entry {
    private final int code;
    private final String phrase;
    private final Registration registration;
    private final Optional<HttpStatus> status;
    private final Optional<UnofficialCode> use;
    private final StatusText text;

    private Entry(
            int code,
            String phrase,
            Registration registration,
            Optional<HttpStatus> status,
            Optional<UnofficialCode> use,
            StatusText text) {
        this.code = code;
        this.phrase = phrase;
        this.registration = registration;
        this.status = status;
        this.use = use;
        this.text = text;
    }

    /** A status, explained in {@code locale}'s language. */
    public static Entry of(HttpStatus status, Locale locale) {
        return new Entry(
                status.code(),
                status.reasonPhrase(),
                status.registration(),
                Optional.of(status),
                Optional.empty(),
                status.text(locale));
    }

    /** One vendor's use of a number, explained in {@code locale}'s language. */
    public static Entry of(UnofficialCode use, Locale locale) {
        return new Entry(
                use.code(),
                use.phrase(),
                Registration.UNOFFICIAL,
                Optional.empty(),
                Optional.of(use),
                use.text(locale));
    }

    public int code() {
        return code;
    }

    /** The code as printed: three digits, so AWS's 0 shows as 000. */
    public String codeText() {
        return String.format("%03d", code);
    }

    public String phrase() {
        return phrase;
    }

    public StatusClass statusClass() {
        return StatusClass.of(code);
    }

    public Registration registration() {
        return registration;
    }

    public StatusText text() {
        return text;
    }

    public Optional<SpecReference> spec() {
        return status.flatMap(HttpStatus::spec);
    }

    public Optional<LocalDate> expiry() {
        return status.flatMap(HttpStatus::registrationExpiry);
    }

    public List<String> aliases() {
        return status.map(HttpStatus::aliases).orElse(List.of());
    }

    /** What vendors mean by the number, for a status; empty for a vendor's entry itself. */
    public List<UnofficialCode> vendorMeanings() {
        return status.map(HttpStatus::unofficialMeanings).orElse(List.of());
    }

    /** Who uses the code, for a vendor's entry or a code only vendors use, in the text's language. */
    public Optional<String> origin() {
        Optional<UnofficialCode> vendor = use.or(() -> status.filter(s -> s.registration() == Registration.UNOFFICIAL)
                .map(s -> s.unofficialMeanings().get(0)));
        return vendor.map(u -> u.origin(text.locale()));
    }

    /** The entry in the project's one JSON shape. */
    public String json() {
        return status.map(s -> StatusJson.of(s, text.locale()))
                .orElseGet(() -> StatusJson.of(use.orElseThrow(), text.locale()));
    }

    /** The phrase, followed by the title when the title says something else (such as a translation). */
    public String heading() {
        String name = phrase.isEmpty() ? text.title() : phrase;
        return text.title().equals(name) ? name : name + " · " + text.title();
    }
}
