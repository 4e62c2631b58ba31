package dev.httpstatus.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.HttpStatus;
import dev.httpstatus.Registration;
import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusJson;
import dev.httpstatus.StatusText;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.routing.Endpoint;
import dev.httpstatus.server.site.Caching;
import dev.httpstatus.server.site.Language;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The JSON API over the registry: {@code /api/v1/codes}, {@code /api/v1/codes/{code}} (also as
 * {@code /codes/{code}.json}), {@code /api/v1/search?q=} and {@code /api/v1/classes}. A code is described by
 * core's {@link StatusJson}, the one shape shared with the command line; Jackson assembles the rest.
 */
public final class CodesApi {
    private static final Pattern CODE = Pattern.compile("\\d{1,9}");
    private static final int SEARCH_LIMIT = 20;
    private static final Map<String, JsonNode> DESCRIBED = new ConcurrentHashMap<>();

    private CodesApi() {}

    /** {@code /api/v1/codes?class=4xx&lang=zh}: every known code, or those of one class. */
    public static Endpoint list() {
        return exchange -> {
            Optional<Language> language = language(exchange);
            if (language.isEmpty()) {
                return;
            }
            Optional<String> wanted = exchange.query("class");
            Optional<StatusClass> statusClass = wanted.flatMap(CodesApi::statusClass);
            if (wanted.isPresent() && statusClass.isEmpty()) {
                exchange.send(Problems.of(exchange, 400, "class must be one of 1xx, 2xx, 3xx, 4xx, 5xx"));
                return;
            }
            ArrayNode codes = Json.MAPPER.createArrayNode();
            for (HttpStatus status : HttpStatus.known()) {
                if (statusClass.isEmpty() || status.statusClass() == statusClass.get()) {
                    codes.add(describe(status, language.get()));
                }
            }
            answer(exchange, codes);
        };
    }

    /** {@code /api/v1/codes/{code}} and {@code /codes/{code}.json}: one code, found after {@code prefix}. */
    public static Endpoint one(String prefix, String suffix) {
        return exchange -> {
            String path = exchange.path();
            String text = path.substring(prefix.length(), path.length() - suffix.length());
            Optional<Language> language = language(exchange);
            if (language.isEmpty()) {
                return;
            }
            if (!CODE.matcher(text).matches()
                    || Integer.parseInt(text) < HttpStatus.MIN_CODE
                    || Integer.parseInt(text) > HttpStatus.MAX_CODE) {
                exchange.send(Problems.of(
                        exchange, 400, "'" + text + "' is not a status code: a code is a number from 100 to 599"));
                return;
            }
            HttpStatus status = HttpStatus.of(Integer.parseInt(text));
            if (status.registration() == Registration.UNASSIGNED) {
                ObjectNode closest = Json.MAPPER.createObjectNode();
                ArrayNode codes = closest.putArray("closest");
                HttpStatus.closest(status.code()).forEach(s -> codes.add(s.code()));
                exchange.send(Problems.of(
                        exchange,
                        404,
                        status.code() + " is neither registered nor in common use; closest: " + codes,
                        closest));
                return;
            }
            answer(exchange, describe(status, language.get()));
        };
    }

    /** {@code /api/v1/search?q=timeout&lang=en}: ranked matches in either language. */
    public static Endpoint search() {
        return exchange -> {
            Optional<Language> language = language(exchange);
            if (language.isEmpty()) {
                return;
            }
            String query = exchange.query("q").map(String::strip).orElse("");
            if (query.isEmpty()) {
                exchange.send(Problems.of(exchange, 400, "q is missing: say what to look for, as q=timeout or q=超时"));
                return;
            }
            ArrayNode codes = Json.MAPPER.createArrayNode();
            search(query, language.get()).forEach(status -> codes.add(describe(status, language.get())));
            answer(exchange, codes);
        };
    }

    /** The codes matching {@code query}, best first: a number, a pattern such as 5xx, or words. */
    public static List<HttpStatus> search(String query, Language language) {
        if (CODE.matcher(query).matches() && query.length() == 3) {
            Optional<HttpStatus> exact = HttpStatus.find(Integer.parseInt(query));
            if (exact.isPresent() && exact.get().registration() != Registration.UNASSIGNED) {
                return List.of(exact.get());
            }
        }
        try {
            List<HttpStatus> matched = HttpStatus.match(query);
            if (!matched.isEmpty()) {
                return matched.stream()
                        .filter(s -> s.registration() != Registration.UNASSIGNED)
                        .toList();
            }
        } catch (IllegalArgumentException notAPattern) {
            // words, not a pattern: searched below
        }
        return HttpStatus.search(query, language.locale()).stream()
                .limit(SEARCH_LIMIT)
                .toList();
    }

    /** {@code /api/v1/classes}: the five classes, explained, with their registered codes. */
    public static Endpoint classes() {
        return exchange -> {
            Optional<Language> language = language(exchange);
            if (language.isEmpty()) {
                return;
            }
            ArrayNode classes = Json.MAPPER.createArrayNode();
            for (StatusClass statusClass : StatusClass.values()) {
                if (statusClass == StatusClass.UNKNOWN) {
                    continue;
                }
                StatusText text = statusClass.text(language.get().locale());
                ObjectNode node = classes.addObject();
                node.put("class", statusClass.label());
                node.put("lang", language.get().tag());
                node.put("title", text.title());
                node.put("summary", text.summary());
                node.put("description", text.description());
                ArrayNode codes = node.putArray("codes");
                HttpStatus.registered().stream()
                        .filter(s -> s.statusClass() == statusClass)
                        .forEach(s -> codes.add(s.code()));
            }
            answer(exchange, classes);
        };
    }

    private static void answer(Exchange exchange, JsonNode body) {
        boolean explicit = exchange.query("lang").isPresent();
        Caching.send(exchange, Json.response(200, body), Caching.PAGES, explicit ? null : "Accept-Language");
    }

    /** {@code ?lang=}, else the Accept-Language; answers 400 itself and returns empty for a language we lack. */
    private static Optional<Language> language(Exchange exchange) {
        Optional<String> asked = exchange.query("lang");
        if (asked.isEmpty()) {
            return Optional.of(
                    Language.preferred(exchange.header("accept-language").orElse(null)));
        }
        Optional<Language> named = Language.named(asked.get());
        if (named.isEmpty()) {
            exchange.send(Problems.of(exchange, 400, "lang must be en or zh"));
        }
        return named;
    }

    private static Optional<StatusClass> statusClass(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (StatusClass c : StatusClass.values()) {
            if (c != StatusClass.UNKNOWN && (t.equals(c.label()) || t.equals(Integer.toString(c.digit())))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The one JSON shape of a code, parsed once per code and language. */
    static JsonNode describe(HttpStatus status, Language language) {
        return DESCRIBED.computeIfAbsent(status.code() + "/" + language.tag(), key -> {
            try {
                return Json.MAPPER.readTree(StatusJson.of(status, language.locale()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("StatusJson wrote invalid JSON for " + status, e);
            }
        });
    }
}
