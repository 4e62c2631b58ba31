package dev.httpstatus.server.echo;

import dev.httpstatus.server.config.ServerConfig;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Lazy;
import dev.httpstatus.server.exchange.Router;
import dev.httpstatus.server.inspect.Shape;
import java.util.function.Supplier;

/**
 * What the client sent, shown back as httpbin and go-httpbin show it: the request echoed as JSON ({@code /anything},
 * {@code /get}, {@code /post}, {@code /put}, {@code /patch}, {@code /delete}, {@code /head}, {@code /upload}), parts
 * of it ({@code /headers}, {@code /ip}, {@code /user-agent}), as text ({@code /dump/request}), a form that posts to
 * the echo ({@code /forms/post}), and what little the server tells of itself ({@code /uuid}, {@code /hostname},
 * {@code /env}). Besides, {@code /anything/json} is a strict JSON resource.
 */
public final class Echo {
    private Echo() {}

    /** Adds the echo's routes to {@code router}; {@code config} says whether {@code /hostname} tells the truth. */
    public static void routes(Router router, ServerConfig config) {
        router.exact("/anything/json", lazy(JsonResource::new))
                .prefix("/anything", lazy(EchoEndpoint::anything))
                .exact("/get", only(Shape.WITHOUT_BODY, "GET", "HEAD"))
                .exact("/head", only(Shape.WITHOUT_BODY, "HEAD"))
                .exact("/post", only(Shape.WITH_BODY, "POST"))
                .exact("/put", only(Shape.WITH_BODY, "PUT"))
                .exact("/patch", only(Shape.WITH_BODY, "PATCH"))
                .exact("/delete", only(Shape.WITH_BODY, "DELETE"))
                .exact("/upload", only(Shape.COUNTED_BODY, "POST", "PUT", "PATCH"))
                .exact("/headers", lazy(HeadersEndpoint::new))
                .exact("/ip", lazy(IpEndpoint::new))
                .exact("/user-agent", lazy(UserAgentEndpoint::new))
                .exact("/uuid", lazy(UuidEndpoint::new))
                .exact("/hostname", HostnameEndpoint.of(config.realHostname()))
                .exact("/env", lazy(EnvEndpoint::new))
                .exact("/dump/request", new DumpRequestEndpoint())
                .exact("/forms/post", lazy(() -> OnlyMethods.of(new FormsPostEndpoint(), "GET", "HEAD")));
    }

    /** An echo of {@code shape} for {@code methods} only. */
    private static Endpoint only(Shape shape, String... methods) {
        return lazy(() -> OnlyMethods.of(new EchoEndpoint(shape), methods));
    }

    /** Made on its first request: the JSON writer loads Jackson, which a server never asked for the echo spares. */
    private static Endpoint lazy(Supplier<Endpoint> make) {
        return Lazy.of(make);
    }
}
