package dev.httpstatus.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.httpstatus.HttpStatus;
import dev.httpstatus.InvalidPatternException;
import dev.httpstatus.Language;
import dev.httpstatus.Registration;
import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusJson;
import dev.httpstatus.StatusQuery;
import dev.httpstatus.StatusText;
import dev.httpstatus.server.exchange.Caching;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The JSON API over the registry: {@code /api/v1/codes}, {@code /api/v1/codes/{code}} (also as
 * {@code /codes/{code}.json}), {@code /api/v1/search?q=} and {@code /api/v1/classes}. A code is described by
 * core's {@link StatusJson}, the one shape shared with the command line, embedded as it is; Jackson assembles the
 * rest. The language is the request's ({@code ?lang=}, else Accept-Language).
 */
final class CodesApi {
    private static final Pattern CODE = Pattern.compile("\\d{1,9}");

    /** Search results shown at most for words; a pattern shows all it names. */
    static final int SEARCH_LIMIT = 20;

    private static final Map<String, RawValue> DESCRIBED = new ConcurrentHashMap<>();

    private CodesApi() {}

    /** {@code /api/v1/codes?class=4xx&lang=zh}: every known code, or those of one class. */
    static void list(Exchange exchange) {
        Language language = exchange.request().language();
        Optional<String> wanted = exchange.request().query("class");
        Optional<StatusClass> statusClass = wanted.flatMap(CodesApi::statusClass);
        if (wanted.isPresent() && statusClass.isEmpty()) {
            throw Problem.badRequest("api.class", wanted.get());
        }
        ArrayNode codes = Json.MAPPER.createArrayNode();
        for (HttpStatus status : HttpStatus.known()) {
            if (statusClass.isEmpty() || status.statusClass() == statusClass.get()) {
                codes.addRawValue(describe(status, language));
            }
        }
        answer(exchange, codes);
    }

    /** {@code /api/v1/codes/{code}} and {@code /codes/{code}.json}: one code, found after {@code prefix}. */
    static Endpoint one(String prefix, String suffix) {
        return exchange -> {
            String path = exchange.request().path();
            Language language = exchange.request().language();
            HttpStatus status = assigned(path.substring(prefix.length(), path.length() - suffix.length()));
            answer(exchange, Json.MAPPER.getNodeFactory().rawValueNode(describe(status, language)));
        };
    }

    /** {@code /api/v1/codes/{code}} and {@code /api/v1/codes/{code}/clients} (see {@link ClientsApi}). */
    static Endpoint oneOrItsClients(String prefix) {
        Endpoint one = one(prefix, "");
        return exchange -> {
            String path = exchange.request().path();
            if (!path.endsWith(ClientsApi.SUFFIX)) {
                one.handle(exchange);
                return;
            }
            HttpStatus status = assigned(path.substring(prefix.length(), path.length() - ClientsApi.SUFFIX.length()));
            answer(exchange, ClientsApi.of(status, exchange.request().language()));
        };
    }

    /** The code {@code text} names: a 400 problem for no code, a 404 with the closest for an unassigned one. */
    private static HttpStatus assigned(String text) {
        if (!CODE.matcher(text).matches()
                || Integer.parseInt(text) < HttpStatus.MIN_CODE
                || Integer.parseInt(text) > HttpStatus.MAX_CODE) {
            throw Problem.badRequest("api.notACode", text);
        }
        HttpStatus status = HttpStatus.of(Integer.parseInt(text));
        if (status.registration() == Registration.UNASSIGNED) {
            List<Integer> closest = HttpStatus.closest(status.code()).stream()
                    .map(HttpStatus::code)
                    .toList();
            throw Problem.of(404, "api.unassigned", status.code(), closest).with("closest", closest);
        }
        return status;
    }

    /** {@code /api/v1/search?q=timeout&lang=en}: what the query names ({@link StatusQuery}), best first. */
    static void search(Exchange exchange) {
        Language language = exchange.request().language();
        String query = exchange.request().query("q").map(String::strip).orElse("");
        if (query.isEmpty()) {
            throw Problem.badRequest("api.searchEmpty");
        }
        StatusQuery resolved = StatusQuery.resolve(query, language);
        Optional<InvalidPatternException> invalid = resolved.invalidPattern();
        if (invalid.isPresent()) {
            throw Problem.badRequest(
                    "pattern." + invalid.get().problem(), invalid.get().item(), query);
        }
        ArrayNode codes = Json.MAPPER.createArrayNode();
        // All a pattern names, the best few for words: what the site's search shows too.
        resolved.statuses().stream()
                .limit(resolved.kind() == StatusQuery.Kind.WORDS ? SEARCH_LIMIT : Long.MAX_VALUE)
                .forEach(status -> codes.addRawValue(describe(status, language)));
        answer(exchange, codes);
    }

    /** {@code /api/v1/classes}: the five classes, explained, with their registered codes. */
    static void classes(Exchange exchange) {
        Language language = exchange.request().language();
        ArrayNode classes = Json.MAPPER.createArrayNode();
        for (StatusClass statusClass : StatusClass.values()) {
            if (statusClass == StatusClass.UNKNOWN) {
                continue;
            }
            StatusText text = statusClass.text(language.locale());
            ObjectNode node = classes.addObject();
            node.put("class", statusClass.label());
            node.put("lang", language.tag());
            node.put("title", text.title());
            node.put("summary", text.summary());
            node.put("description", text.description());
            ArrayNode codes = node.putArray("codes");
            HttpStatus.registered().stream()
                    .filter(s -> s.statusClass() == statusClass)
                    .forEach(s -> codes.add(s.code()));
        }
        answer(exchange, classes);
    }

    private static void answer(Exchange exchange, JsonNode body) {
        Caching.answer(exchange, Json.response(200, body));
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

    /** The one JSON shape of a code, written by core once per code and language and embedded as it is. */
    private static RawValue describe(HttpStatus status, Language language) {
        return DESCRIBED.computeIfAbsent(
                status.code() + "/" + language.tag(), key -> new RawValue(StatusJson.of(status, language.locale())));
    }
}
