package dev.httpstatus.server.trigger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.routing.Endpoint;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/triggers}: every row of the {@link TriggerTable} as JSON, the triggers first and then the
 * codes without one (whose method and target are null and headers empty), each with its why in every language
 * of {@link #LANGUAGES}.
 */
public final class Triggers implements Endpoint {
    /**
     * The languages of each why, by tag, as the OpenAPI document lists them: a new one adds its tag here and
     * there. Pages need only its bundle.
     */
    public static final List<String> LANGUAGES = List.of("en", "zh");

    private final ArrayNode all = Json.MAPPER.createArrayNode();

    /** Builds the answer once: the table does not change while the server runs. */
    public Triggers() {
        TriggerTable.triggers().forEach(trigger -> all.add(json(trigger)));
        TriggerTable.untriggered().forEach(untriggered -> all.add(json(untriggered)));
    }

    @Override
    public void handle(Exchange exchange) {
        exchange.send(Json.response(200, all));
    }

    private static ObjectNode json(Trigger trigger) {
        ObjectNode json = Json.MAPPER
                .createObjectNode()
                .put("code", trigger.code())
                .put("method", trigger.method())
                .put("target", trigger.target())
                .put("headers", trigger.headers());
        return withWhy(json, trigger.code());
    }

    private static ObjectNode json(Untriggered untriggered) {
        ObjectNode json = Json.MAPPER.createObjectNode().put("code", untriggered.code());
        json.putNull("method").putNull("target").put("headers", "");
        return withWhy(json, untriggered.code());
    }

    private static ObjectNode withWhy(ObjectNode json, int code) {
        ObjectNode why = json.putObject("why");
        LANGUAGES.forEach(tag -> why.put(tag, TriggerTexts.why(code, Locale.forLanguageTag(tag))));
        return json;
    }
}
