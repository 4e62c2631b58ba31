package dev.httpstatus.server.trouble;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;

/** Answers that come from trouble on the server's side or from outside it. */
final class TroubleEndpoints {
    private TroubleEndpoints() {}

    /**
     * {@code /error}: the endpoint fails with an exception, as buggy code does; the client gets 500 Internal
     * Server Error and nothing of the stack trace.
     */
    static Endpoint failing() {
        return exchange -> {
            throw new IllegalStateException("a deliberate failure in /error");
        };
    }

    /**
     * {@code /blocked}: the resource is withheld because of a legal demand: 451 Unavailable For Legal Reasons
     * with a Link naming who blocks it (RFC 7725 §4).
     */
    static Endpoint blocked() {
        return exchange -> {
            Request request = exchange.request();
            throw Problem.of(451, "blocked.legal")
                    .header(
                            "Link",
                            "<" + request.scheme() + "://" + request.host() + request.scopePrefix()
                                    + "/anything/legal-authority>; rel=\"blocked-by\"");
        };
    }
}
