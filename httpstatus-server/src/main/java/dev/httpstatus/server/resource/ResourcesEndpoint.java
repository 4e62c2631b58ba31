package dev.httpstatus.server.resource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.exchange.ClientKey;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.JsonContent;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.state.StateStore;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /resources}: a small collection that answers as a careful API does. POST creates an item
 * (201 with Location and ETag; 409 when its name is taken). {@code /resources/{id}} is read with GET,
 * replaced with PUT — only with If-Match (428 without, 412 on an old version, 409 on a taken name) — and
 * deleted with DELETE (204; 410 Gone afterwards). {@code /resources/{id}/lock} locks an item against
 * changes (423 Locked) with POST and unlocks it with DELETE. Each client has its own collection ({@link ClientKey}),
 * kept in the state store.
 */
final class ResourcesEndpoint implements Endpoint {
    private static final String PREFIX = "/resources";
    static final int MAX_NAME = 200;

    private final StateStore state;

    ResourcesEndpoint(StateStore state) {
        this.state = state;
    }

    @Override
    public void handle(Exchange exchange) {
        Collection collection = new Collection(state, ClientKey.of(exchange));
        String rest = exchange.request().path().substring(PREFIX.length());
        if (rest.isEmpty() || rest.equals("/")) {
            onCollection(exchange, collection);
        } else if (rest.endsWith("/lock")) {
            String id = rest.substring(1, rest.length() - "/lock".length());
            exchange.answerWhen(collection.read(), items -> onLock(exchange, collection, items, id));
        } else {
            // The content is read now: it is gone once this method returns, before the collection is.
            Supplier<String> name = nameOf(exchange);
            exchange.answerWhen(
                    collection.read(), items -> onItem(exchange, collection, items, rest.substring(1), name));
        }
    }

    private void onCollection(Exchange exchange, Collection collection) {
        HttpMethod method = exchange.request().method();
        if (method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD)) {
            exchange.answerWhen(collection.read(), items -> {
                ArrayNode list = Json.MAPPER.createArrayNode();
                items.items().forEach(r -> list.add(json(exchange, r)));
                exchange.answer(Json.response(200, list));
            });
        } else if (method.equals(HttpMethod.POST)) {
            if (exchange.request().headers().contains(HttpHeaderNames.TRANSFER_ENCODING)) {
                throw Problem.of(411, "resources.chunked");
            }
            String name = name(exchange);
            exchange.answerWhen(collection.read(), items -> create(exchange, collection, items, name));
        } else {
            notAllowed(exchange, "GET, HEAD, POST");
        }
    }

    private void create(Exchange exchange, Collection collection, Collection.Items items, String name) {
        if (items.nameTaken(name, "")) {
            throw Problem.of(409, "resources.nameTaken", name);
        } else if (items.isFull()) {
            throw Problem.of(507, "resources.full", Collection.MAX_ITEMS);
        }
        exchange.answerWhen(collection.create(name), created -> {
            FullHttpResponse response = Json.response(201, json(exchange, created));
            response.headers().set(HttpHeaderNames.LOCATION, location(exchange, created));
            response.headers().set(HttpHeaderNames.ETAG, created.etag());
            exchange.answer(response);
        });
    }

    private void onItem(
            Exchange exchange, Collection collection, Collection.Items items, String id, Supplier<String> name) {
        Optional<Resource> found = items.get(id);
        if (found.isEmpty()) {
            throw items.wasDeleted(id)
                    ? Problem.of(410, "resources.deleted", id)
                    : Problem.of(404, "resources.unknown", id);
        }
        Resource resource = found.get();
        HttpMethod method = exchange.request().method();
        if (method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD)) {
            send(exchange, 200, resource);
        } else if (method.equals(HttpMethod.PUT)) {
            replace(exchange, collection, items, resource, name);
        } else if (method.equals(HttpMethod.DELETE)) {
            delete(exchange, collection, items, resource);
        } else {
            notAllowed(exchange, "GET, HEAD, PUT, DELETE");
        }
    }

    private void replace(
            Exchange exchange,
            Collection collection,
            Collection.Items items,
            Resource resource,
            Supplier<String> name) {
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
        String newName = name.get();
        if (items.nameTaken(newName, resource.id())) {
            throw Problem.of(409, "resources.otherNamed", newName);
        }
        Resource updated = resource.renamed(newName);
        exchange.answerWhen(collection.replace(resource, updated), done -> {
            unchangedMeanwhile(done, resource);
            send(exchange, 200, updated);
        });
    }

    private void delete(Exchange exchange, Collection collection, Collection.Items items, Resource resource) {
        if (resource.locked()) {
            throw locked(resource);
        }
        Optional<String> ifMatch = exchange.request().header(HttpHeaderNames.IF_MATCH);
        if (ifMatch.isPresent() && !matches(ifMatch.get(), resource)) {
            throw Problem.of(412, "resources.changed", resource.etag());
        }
        exchange.answerWhen(collection.delete(resource, items), done -> {
            unchangedMeanwhile(done, resource);
            exchange.answer(Responses.empty(Responses.status(204)));
        });
    }

    private void onLock(Exchange exchange, Collection collection, Collection.Items items, String id) {
        Optional<Resource> found = items.get(id);
        if (found.isEmpty()) {
            throw Problem.of(404, "resources.unknown", id);
        }
        Resource resource = found.get();
        String method = exchange.request().method().name();
        if (method.equals("POST") || method.equals("LOCK")) {
            exchange.answerWhen(collection.replace(resource, resource.locked(true)), done -> {
                unchangedMeanwhile(done, resource);
                send(exchange, 200, resource.locked(true));
            });
        } else if (method.equals("DELETE") || method.equals("UNLOCK")) {
            exchange.answerWhen(collection.replace(resource, resource.locked(false)), done -> {
                unchangedMeanwhile(done, resource);
                exchange.answer(Responses.empty(Responses.status(204)));
            });
        } else {
            notAllowed(exchange, "POST, DELETE, LOCK, UNLOCK");
        }
    }

    /** A change that lost a race with another to the same item (on another replica, say) is a 409. */
    private static void unchangedMeanwhile(boolean changed, Resource resource) {
        if (!changed) {
            throw Problem.of(409, "resources.changedMeanwhile", resource.id());
        }
    }

    /** The name in the content, read now, or the Problem it is, thrown when the name is asked for. */
    private static Supplier<String> nameOf(Exchange exchange) {
        if (!exchange.request().method().equals(HttpMethod.PUT)) {
            return () -> "";
        }
        try {
            String name = name(exchange);
            return () -> name;
        } catch (Problem problem) {
            return () -> {
                throw problem;
            };
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
