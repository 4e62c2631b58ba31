package dev.httpstatus.server.exchange;

/**
 * Answers the requests of one route. A feature package implements its endpoints package-private and hands them to
 * the {@link Router} from its {@code routes(Router)} method.
 *
 * <p>The rules of an endpoint:
 *
 * <ul>
 *   <li>It ends the exchange exactly once: {@link Exchange#answer} now, {@link Exchange#answerAfter} later,
 *       {@link Exchange#stream} in parts, or on purpose with no answer ({@link Exchange#closeConnection}).
 *   <li>When the request cannot be answered as asked, it throws a {@link Problem}, which the server answers in the
 *       client's language and format. It never writes an error text of its own.
 *   <li>The request lives as long as {@code handle} runs. Its content buffer is released when {@code handle}
 *       returns, so an endpoint that answers later, or sends the content back, takes {@link
 *       Request#retainedContent()} (and releases it, or hands it to the response that releases it); everything
 *       else it reads (path, query, headers) it reads before it returns, or keeps as strings.
 *   <li>It runs on the connection's event loop and never blocks it: waits are {@link Exchange#answerAfter}, work
 *       elsewhere answers through {@link Exchange#answer}, which may be called from any thread.
 * </ul>
 */
@FunctionalInterface
public interface Endpoint {
    /** Answers {@code exchange}, now or later, exactly once (or by closing the connection). */
    void handle(Exchange exchange);

    /**
     * {@code endpoint} with its answers shaped by no options: for one whose query parameters mean something of
     * their own ({@code /api/v1/try?header=} is a header to send, not one to answer with).
     */
    static Endpoint withoutOptions(Endpoint endpoint) {
        return new WithoutOptions(endpoint);
    }

    /** An endpoint whose answers the request's options do not shape; the dispatcher knows it by its type. */
    record WithoutOptions(Endpoint endpoint) implements Endpoint {
        @Override
        public void handle(Exchange exchange) {
            endpoint.handle(exchange);
        }
    }
}
