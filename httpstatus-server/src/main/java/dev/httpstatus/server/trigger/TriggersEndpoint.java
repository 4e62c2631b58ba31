package dev.httpstatus.server.trigger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.Language;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.Problem;
import io.netty.handler.codec.http.HttpMethod;

/**
 * {@code /api/v1/triggers}: every row of the {@link TriggerTable} as JSON, the triggers first and then the
 * codes without one (whose method, target and script are null and headers empty), each with its why in every
 * language of {@link Language}. A trigger's script names the server as the client asked it, so it is built for
 * each request, as the pages build theirs.
 */
final class TriggersEndpoint implements Endpoint {
    @Override
    public void handle(Exchange exchange) {
        // Read-only, as every resource of the API is.
        if (!exchange.request().method().equals(HttpMethod.GET)
                && !exchange.request().isHead()) {
            throw Problem.of(405, "api.readOnly", exchange.request().method()).header("Allow", "GET, HEAD");
        }
        String origin = exchange.request().scheme() + "://" + exchange.request().host()
                + exchange.request().scopePrefix();
        ArrayNode all = Json.MAPPER.createArrayNode();
        TriggerTable.triggers().forEach(trigger -> all.add(json(trigger, origin)));
        TriggerTable.untriggered().forEach(untriggered -> all.add(json(untriggered)));
        exchange.answer(Json.response(200, all));
    }

    private static ObjectNode json(Trigger trigger, String origin) {
        ObjectNode json = Json.MAPPER
                .createObjectNode()
                .put("code", trigger.code())
                .put("method", trigger.method())
                .put("target", trigger.target())
                .put("headers", trigger.headers())
                .put("script", trigger.script(origin));
        return withWhy(json, trigger.code());
    }

    private static ObjectNode json(Untriggered untriggered) {
        ObjectNode json = Json.MAPPER.createObjectNode().put("code", untriggered.code());
        json.putNull("method").putNull("target").put("headers", "").putNull("script");
        return withWhy(json, untriggered.code());
    }

    private static ObjectNode withWhy(ObjectNode json, int code) {
        ObjectNode why = json.putObject("why");
        for (Language language : Language.values()) {
            why.put(language.tag(), TriggerTexts.why(code, language.locale()));
        }
        return json;
    }
}
