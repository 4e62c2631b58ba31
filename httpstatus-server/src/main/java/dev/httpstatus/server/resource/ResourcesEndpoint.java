package dev.httpstatus.server.resource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.JsonContent;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /resources}: a small in-memory collection that answers as a careful API does. POST creates an item
 * (201 with Location and ETag; 409 when its name is taken). {@code /resources/{id}} is read with GET,
 * replaced with PUT — only with If-Match (428 without, 412 on an old version, 409 on a taken name) — and
 * deleted with DELETE (204; 410 Gone afterwards). {@code /resources/{id}/lock} locks an item against
 * changes (423 Locked) with POST and unlocks it with DELETE. Each test scope has its own collection.
 */
final class ResourcesEndpoint implements Endpoint {
    private static final String PREFIX = "/resources";
    // With 1000 items of 200-character names each, the collections of 20 scopes stay under about 8 MiB.
    private static final int MAX_SCOPES = 20;
    static final int MAX_NAME = 200;

    private final Map<String, Collection> collections =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Collection> eldest) {
                    return size() > MAX_SCOPES;
                }
            });

    @Override
    public void handle(Exchange exchange) {
        Collection collection = collections.computeIfAbsent(exchange.request().scope(), scope -> new Collection());
        String rest = exchange.request().path().substring(PREFIX.length());
        if (rest.isEmpty() || rest.equals("/")) {
            onCollection(exchange, collection);
        } else if (rest.endsWith("/lock")) {
            onLock(exchange, collection, rest.substring(1, rest.length() - "/lock".length()));
        } else {
            onItem(exchange, collection, rest.substring(1));
        }
    }

    private void onCollection(Exchange exchange, Collection collection) {
        HttpMethod method = exchange.request().method();
        if (method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD)) {
            ArrayNode list = Json.MAPPER.createArrayNode();
            collection.snapshot().forEach(r -> list.add(json(exchange, r)));
            exchange.answer(Json.response(200, list));
        } else if (method.equals(HttpMethod.POST)) {
            create(exchange, collection);
        } else {
            notAllowed(exchange, "GET, HEAD, POST");
        }
    }

    private void create(Exchange exchange, Collection collection) {
        if (exchange.request().headers().contains(HttpHeaderNames.TRANSFER_ENCODING)) {
            throw Problem.of(411, "resources.chunked");
        }
        String name = name(exchange);
        if (collection.nameTaken(name, "")) {
            throw Problem.of(409, "resources.nameTaken", name);
        } else if (collection.isFull()) {
            throw Problem.of(507, "resources.full", Collection.MAX_ITEMS);
        } else {
            Resource created = collection.create(name);
            FullHttpResponse response = Json.response(201, json(exchange, created));
            response.headers().set(HttpHeaderNames.LOCATION, location(exchange, created));
            response.headers().set(HttpHeaderNames.ETAG, created.etag());
            exchange.answer(response);
        }
    }

    private void onItem(Exchange exchange, Collection collection, String id) {
        Optional<Resource> found = collection.get(id);
        if (found.isEmpty()) {
            throw collection.wasDeleted(id)
                    ? Problem.of(410, "resources.deleted", id)
                    : Problem.of(404, "resources.unknown", id);
        }
        Resource resource = found.get();
        HttpMethod method = exchange.request().method();
        if (method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD)) {
            send(exchange, 200, resource);
        } else if (method.equals(HttpMethod.PUT)) {
            replace(exchange, collection, resource);
        } else if (method.equals(HttpMethod.DELETE)) {
            delete(exchange, collection, resource);
        } else {
            notAllowed(exchange, "GET, HEAD, PUT, DELETE");
        }
    }

    private void replace(Exchange exchange, Collection collection, Resource resource) {
        if (resource.locked()) {
            throw locked(resource);
        }
        Optional<String> ifMatch = exchange.request().header(HttpHeaderNames.IF_MATCH);
        if (ifMatch.isEmpty()) {
            throw Problem.of(428, "resources.ifMatchMissing");
        }
        if (!matches(ifMatch.get(), resource)) {
            throw Problem.of(412, "resources.ifMatchOld", ifMatch.get(), resource.etag());
        }
        String name = name(exchange);
        if (collection.nameTaken(name, resource.id())) {
            throw Problem.of(409, "resources.otherNamed", name);
        }
        Resource updated = resource.renamed(name);
        collection.put(updated);
        send(exchange, 200, updated);
    }

    private void delete(Exchange exchange, Collection collection, Resource resource) {
        if (resource.locked()) {
            throw locked(resource);
        }
        Optional<String> ifMatch = exchange.request().header(HttpHeaderNames.IF_MATCH);
        if (ifMatch.isPresent() && !matches(ifMatch.get(), resource)) {
            throw Problem.of(412, "resources.changed", resource.etag());
        }
        collection.delete(resource.id());
        exchange.answer(Responses.empty(Responses.status(204)));
    }

    private void onLock(Exchange exchange, Collection collection, String id) {
        Optional<Resource> found = collection.get(id);
        if (found.isEmpty()) {
            throw Problem.of(404, "resources.unknown", id);
        } else if (exchange.request().method().equals(HttpMethod.POST)
                || exchange.request().method().name().equals("LOCK")) {
            collection.put(found.get().locked(true));
            send(exchange, 200, found.get().locked(true));
        } else if (exchange.request().method().equals(HttpMethod.DELETE)
                || exchange.request().method().name().equals("UNLOCK")) {
            collection.put(found.get().locked(false));
            exchange.answer(Responses.empty(Responses.status(204)));
        } else {
            notAllowed(exchange, "POST, DELETE, LOCK, UNLOCK");
        }
    }

    /**
     * The "name" of a JSON object in the content, at most {@value #MAX_NAME} characters. Names are all an item
     * keeps, so the collections stay small.
     *
     * @throws Problem 400 for content that is not JSON, 422 for JSON without such a name
     */
    private static String name(Exchange exchange) {
        JsonContent.Verdict body = JsonContent.inspect(exchange.request().content());
        if (!body.isJson()) {
            throw Problem.badRequest("resources.notJson");
        }
        if (body.name().isEmpty() || body.name().get().length() > MAX_NAME) {
            throw Problem.of(422, "resources.noName", MAX_NAME);
        }
        return body.name().get();
    }

    private static boolean matches(String ifMatch, Resource resource) {
        return ifMatch.strip().equals("*")
                || Arrays.stream(ifMatch.split(",")).map(String::strip).anyMatch(resource.etag()::equals);
    }

    private static void send(Exchange exchange, int status, Resource resource) {
        FullHttpResponse response = Json.response(status, json(exchange, resource));
        response.headers().set(HttpHeaderNames.ETAG, resource.etag());
        exchange.answer(response);
    }

    private static Problem locked(Resource resource) {
        return Problem.of(423, "resources.locked", resource.id(), PREFIX + "/" + resource.id() + "/lock");
    }

    private static void notAllowed(Exchange exchange, String allow) {
        throw Problem.of(405, "method.notAllowedHere", exchange.request().method())
                .header("Allow", allow);
    }

    private static String location(Exchange exchange, Resource resource) {
        return exchange.request().scheme() + "://" + exchange.request().host()
                + exchange.request().scopePrefix() + PREFIX + "/" + resource.id();
    }

    private static ObjectNode json(Exchange exchange, Resource resource) {
        return Json.MAPPER
                .createObjectNode()
                .put("id", resource.id())
                .put("name", resource.name())
                .put("version", resource.version())
                .put("locked", resource.locked())
                .put("href", exchange.request().scopePrefix() + PREFIX + "/" + resource.id());
    }
}
