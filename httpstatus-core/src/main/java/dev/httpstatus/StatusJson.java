package dev.httpstatus;

import java.util.List;
import java.util.Locale;

/**
 * Writes statuses as JSON in the one shape every face of the project uses: the command line's
 * {@code --format json}, the API and the test server's JSON bodies.
 *
 * <pre>{@code
 * {"code":404,"phrase":"Not Found","class":"4xx","registration":"permanent","expires":null,
 *  "spec":{"document":"RFC 9110","section":"15.5.5","url":"https://..."},"aliases":[],
 *  "cacheableByDefault":true,"contentAllowed":true,"redirect":false,"error":true,
 *  "lang":"en","title":"Not Found","summary":"...","description":"...","causes":["..."],
 *  "clientAction":"...","unofficial":[{"origin":"...","phrase":"..."}]}
 * }</pre>
 */
public final class StatusJson {
    private StatusJson() {}

    /** One status as a JSON object, its texts in {@code locale}'s language. */
    public static String of(HttpStatus status, Locale locale) {
        JsonWriter json = new JsonWriter();
        write(json, status, locale);
        return json.toString();
    }

    /** A list of statuses as a JSON array of objects. */
    public static String of(List<HttpStatus> statuses, Locale locale) {
        JsonWriter json = new JsonWriter().beginArray();
        statuses.forEach(status -> write(json, status, locale));
        return json.endArray().toString();
    }

    /**
     * An unofficial entry as a JSON object of the same shape, for values such as 999 that are not status
     * codes but appear in logs.
     */
    public static String of(UnofficialCode use, Locale locale) {
        JsonWriter json = new JsonWriter();
        json.beginObject()
                .field("code", use.code())
                .field("phrase", use.phrase())
                .field("class", StatusClass.of(use.code()).label())
                .field("registration", Registration.UNOFFICIAL.id())
                .nullField("expires")
                .nullField("spec")
                .array("aliases", List.of())
                .field("cacheableByDefault", false)
                .field("contentAllowed", true)
                .field("redirect", false)
                .field("error", use.code() >= 400)
                .field("origin", use.origin(locale));
        writeText(json, use.text(locale));
        json.name("unofficial").beginArray();
        json.endArray().endObject();
        return json.toString();
    }

    static void write(JsonWriter json, HttpStatus status, Locale locale) {
        json.beginObject()
                .field("code", status.code())
                .field("phrase", status.reasonPhrase())
                .field("class", status.statusClass().label())
                .field("registration", status.registration().id());
        status.registrationExpiry()
                .ifPresentOrElse(d -> json.field("expires", d.toString()), () -> json.nullField("expires"));
        status.spec().ifPresentOrElse(spec -> writeSpec(json, spec), () -> json.nullField("spec"));
        json.array("aliases", status.aliases())
                .field("cacheableByDefault", status.isCacheableByDefault())
                .field("contentAllowed", status.allowsContent())
                .field("redirect", status.isRedirect())
                .field("error", status.isError());
        writeText(json, status.text(locale));
        json.name("unofficial").beginArray();
        for (UnofficialCode use : status.unofficialMeanings()) {
            json.beginObject()
                    .field("origin", use.origin(locale))
                    .field("phrase", use.phrase())
                    .endObject();
        }
        json.endArray().endObject();
    }

    private static void writeSpec(JsonWriter json, SpecReference spec) {
        json.name("spec").beginObject().field("document", spec.document());
        spec.section().ifPresentOrElse(s -> json.field("section", s), () -> json.nullField("section"));
        json.field("url", spec.url().toString()).endObject();
    }

    private static void writeText(JsonWriter json, StatusText text) {
        json.field("lang", text.locale().getLanguage())
                .field("title", text.title())
                .field("summary", text.summary())
                .field("description", text.description())
                .array("causes", text.causes())
                .field("clientAction", text.clientAction());
    }
}
