package dev.httpstatus.server.resource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.JsonContent;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.routing.Endpoint;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
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
public final class ResourcesEndpoint implements Endpoint {
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
        Collection collection = collections.computeIfAbsent(exchange.scope(), scope -> new Collection());
        String rest = exchange.path().substring(PREFIX.length());
        if (rest.isEmpty() || rest.equals("/")) {
            onCollection(exchange, collection);
        } else if (rest.endsWith("/lock")) {
            onLock(exchange, collection, rest.substring(1, rest.length() - "/lock".length()));
        } else {
            onItem(exchange, collection, rest.substring(1));
        }
    }

    private void onCollection(Exchange exchange, Collection collection) {
        HttpMethod method = exchange.method();
        if (method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD)) {
            ArrayNode list = Json.MAPPER.createArrayNode();
            collection.snapshot().forEach(r -> list.add(json(exchange, r)));
            exchange.send(Json.response(200, list));
        } else if (method.equals(HttpMethod.POST)) {
            create(exchange, collection);
        } else {
            notAllowed(exchange, "GET, HEAD, POST");
        }
    }

    private void create(Exchange exchange, Collection collection) {
        if (exchange.request().headers().contains(HttpHeaderNames.TRANSFER_ENCODING)) {
            problem(exchange, HttpResponseStatus.LENGTH_REQUIRED, "send the item with a Content-Length, not in chunks");
            return;
        }
        Optional<String> name = name(exchange);
        if (name.isEmpty()) {
            return;
        }
        if (collection.nameTaken(name.get(), "")) {
            problem(exchange, HttpResponseStatus.CONFLICT, "an item named " + name.get() + " already exists");
        } else if (collection.isFull()) {
            problem(
                    exchange,
                    HttpResponseStatus.INSUFFICIENT_STORAGE,
                    "the collection holds " + Collection.MAX_ITEMS + " items at most");
        } else {
            Resource created = collection.create(name.get());
            FullHttpResponse response = Json.response(201, json(exchange, created));
            response.headers().set(HttpHeaderNames.LOCATION, location(exchange, created));
            response.headers().set(HttpHeaderNames.ETAG, created.etag());
            exchange.send(response);
        }
    }

    private void onItem(Exchange exchange, Collection collection, String id) {
        Optional<Resource> found = collection.get(id);
        if (found.isEmpty()) {
            if (collection.wasDeleted(id)) {
                problem(exchange, HttpResponseStatus.GONE, "the item " + id + " was deleted and will not come back");
            } else {
                problem(exchange, HttpResponseStatus.NOT_FOUND, "there is no item " + id);
            }
            return;
        }
        Resource resource = found.get();
        HttpMethod method = exchange.method();
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
            locked(exchange, resource);
            return;
        }
        Optional<String> ifMatch = exchange.header(HttpHeaderNames.IF_MATCH);
        if (ifMatch.isEmpty()) {
            problem(
                    exchange,
                    HttpResponseStatus.PRECONDITION_REQUIRED,
                    "send If-Match with the item's ETag, so that nobody's change is lost");
            return;
        }
        if (!matches(ifMatch.get(), resource)) {
            problem(
                    exchange,
                    HttpResponseStatus.PRECONDITION_FAILED,
                    "If-Match names " + ifMatch.get() + " but the item is now " + resource.etag());
            return;
        }
        Optional<String> name = name(exchange);
        if (name.isEmpty()) {
            return;
        }
        if (collection.nameTaken(name.get(), resource.id())) {
            problem(exchange, HttpResponseStatus.CONFLICT, "another item is already named " + name.get());
            return;
        }
        Resource updated = resource.renamed(name.get());
        collection.put(updated);
        send(exchange, 200, updated);
    }

    private void delete(Exchange exchange, Collection collection, Resource resource) {
        if (resource.locked()) {
            locked(exchange, resource);
            return;
        }
        Optional<String> ifMatch = exchange.header(HttpHeaderNames.IF_MATCH);
        if (ifMatch.isPresent() && !matches(ifMatch.get(), resource)) {
            problem(exchange, HttpResponseStatus.PRECONDITION_FAILED, "the item is now " + resource.etag());
            return;
        }
        collection.delete(resource.id());
        exchange.send(Responses.empty(Responses.status(204)));
    }

    private void onLock(Exchange exchange, Collection collection, String id) {
        Optional<Resource> found = collection.get(id);
        if (found.isEmpty()) {
            problem(exchange, HttpResponseStatus.NOT_FOUND, "there is no item " + id);
        } else if (exchange.method().equals(HttpMethod.POST)
                || exchange.method().name().equals("LOCK")) {
            collection.put(found.get().locked(true));
            send(exchange, 200, found.get().locked(true));
        } else if (exchange.method().equals(HttpMethod.DELETE)
                || exchange.method().name().equals("UNLOCK")) {
            collection.put(found.get().locked(false));
            exchange.send(Responses.empty(Responses.status(204)));
        } else {
            notAllowed(exchange, "POST, DELETE, LOCK, UNLOCK");
        }
    }

    /**
     * The "name" of a JSON object in the content; when missing or longer than {@value #MAX_NAME} characters, the
     * client has been told why. Names are all an item keeps, so the collections stay small.
     */
    private static Optional<String> name(Exchange exchange) {
        JsonContent.Verdict body = JsonContent.inspect(exchange.request().content());
        if (!body.isJson()) {
            problem(exchange, HttpResponseStatus.BAD_REQUEST, "send a JSON object such as {\"name\":\"tea\"}");
            return Optional.empty();
        }
        if (body.name().isEmpty() || body.name().get().length() > MAX_NAME) {
            problem(
                    exchange,
                    HttpResponseStatus.UNPROCESSABLE_ENTITY,
                    "the object needs a non-empty string \"name\" of at most " + MAX_NAME + " characters");
            return Optional.empty();
        }
        return body.name();
    }

    private static boolean matches(String ifMatch, Resource resource) {
        return ifMatch.strip().equals("*")
                || java.util.Arrays.stream(ifMatch.split(","))
                        .map(String::strip)
                        .anyMatch(resource.etag()::equals);
    }

    private static void send(Exchange exchange, int status, Resource resource) {
        FullHttpResponse response = Json.response(status, json(exchange, resource));
        response.headers().set(HttpHeaderNames.ETAG, resource.etag());
        exchange.send(response);
    }

    private static void locked(Exchange exchange, Resource resource) {
        problem(
                exchange,
                HttpResponseStatus.LOCKED,
                "the item " + resource.id() + " is locked; DELETE " + PREFIX + "/" + resource.id()
                        + "/lock to unlock it");
    }

    private static void notAllowed(Exchange exchange, String allow) {
        FullHttpResponse response = Responses.problem(
                exchange, HttpResponseStatus.METHOD_NOT_ALLOWED, exchange.method() + " is not allowed here");
        response.headers().set(HttpHeaderNames.ALLOW, allow);
        exchange.send(response);
    }

    private static void problem(Exchange exchange, HttpResponseStatus status, String detail) {
        exchange.send(Responses.problem(exchange, status, detail));
    }

    private static String location(Exchange exchange, Resource resource) {
        return exchange.scheme() + "://" + exchange.host() + exchange.scopePrefix() + PREFIX + "/" + resource.id();
    }

    private static ObjectNode json(Exchange exchange, Resource resource) {
        return Json.MAPPER
                .createObjectNode()
                .put("id", resource.id())
                .put("name", resource.name())
                .put("version", resource.version())
                .put("locked", resource.locked())
                .put("href", exchange.scopePrefix() + PREFIX + "/" + resource.id());
    }
}
