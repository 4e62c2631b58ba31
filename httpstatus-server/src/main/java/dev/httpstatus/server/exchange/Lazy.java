package dev.httpstatus.server.exchange;

import java.util.function.Supplier;

/**
 * An endpoint made on its first request. The reference site and the JSON API bring in Jackson and the
 * template engine; a server used only for its test endpoints never loads them, which keeps its memory and
 * start-up small.
 */
public final class Lazy implements Endpoint {
    private final Supplier<Endpoint> make;
    private volatile Endpoint made;

    private Lazy(Supplier<Endpoint> make) {
        this.make = make;
    }

    /** An endpoint that {@code make} makes when the first request for it arrives. */
    public static Endpoint of(Supplier<Endpoint> make) {
        return new Lazy(make);
    }

    @Override
    public void handle(Exchange exchange) {
        Endpoint endpoint = made;
        if (endpoint == null) {
            synchronized (this) {
                if (made == null) {
                    made = make.get();
                }
                endpoint = made;
            }
        }
        endpoint.handle(exchange);
    }
}
