package dev.httpstatus.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.ClientFacts;
import dev.httpstatus.HttpStatus;
import dev.httpstatus.Language;
import dev.httpstatus.server.exchange.Json;

/**
 * {@code /api/v1/codes/{code}/clients}: what real HTTP clients do with a code, as the client matrix measured it
 * (core's {@link ClientFacts}, the same facts as the code page's "What clients do"), in the request's language.
 * A sub-resource rather than a field of the code, so that the one shape of a code stays what the command and
 * every list of codes share, and a list of codes does not carry a thousand sentences.
 */
final class ClientsApi {
    static final String SUFFIX = "/clients";

    private ClientsApi() {}

    /** The facts of {@code status}; empty lists for a code the matrix did not measure. */
    static ObjectNode of(HttpStatus status, Language language) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("code", status.code());
        node.put("lang", language.tag());
        node.put("measured", ClientFacts.measured());
        ArrayNode cases = node.putArray("cases");
        for (String caseName : ClientFacts.cases(status.code())) {
            cases.addObject().put("case", caseName).put("label", ClientFacts.caseLabel(caseName, language));
        }
        ArrayNode facts = node.putArray("facts");
        for (ClientFacts.Fact fact : ClientFacts.forCode(status.code(), language)) {
            ObjectNode one = facts.addObject()
                    .put("case", fact.caseName())
                    .put("client", fact.client().id())
                    .put("name", fact.client().name())
                    .put("version", fact.client().version())
                    .put("ok", fact.ok())
                    .put("fact", fact.fact());
            if (fact.advice().isEmpty()) {
                one.putNull("advice");
            } else {
                one.put("advice", fact.advice());
            }
        }
        return node;
    }
}
