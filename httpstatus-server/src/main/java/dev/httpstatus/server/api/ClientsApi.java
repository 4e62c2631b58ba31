package dev.httpstatus.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.httpstatus.ClientFacts;
import dev.httpstatus.HttpStatus;
import dev.httpstatus.Language;
import dev.httpstatus.server.exchange.Json;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /api/v1/codes/{code}/clients}: what real HTTP clients do with a code, as the client matrix measured it,
 * in the request's language. Core's {@link ClientFacts} writes the JSON, the same the command prints with
 * {@code --clients --format json}, and the same facts the code page shows. A sub-resource rather than a field
 * of the code, so that the one shape of a code stays what every list of codes shares, light.
 */
final class ClientsApi {
    static final String SUFFIX = "/clients";

    private static final Map<String, RawValue> WRITTEN = new ConcurrentHashMap<>();

    private ClientsApi() {}

    /** The facts of {@code status}, written once per code and language; empty lists for a code not measured. */
    static JsonNode of(HttpStatus status, Language language) {
        RawValue json = WRITTEN.computeIfAbsent(
                status.code() + "/" + language.tag(), key -> new RawValue(ClientFacts.json(status.code(), language)));
        return Json.MAPPER.getNodeFactory().rawValueNode(json);
    }
}
