package dev.httpstatus.server.status;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Router;
import dev.httpstatus.server.script.Reply;
import dev.httpstatus.server.state.StateStore;

/**
 * Answers with a status a request chooses: {@code /status/{codes}} (httpbin) and {@code /{code}} (httpstat.us),
 * {@code /random}, the retry helpers {@code /sequence} and {@code /unstable}, and the interim and negotiated answers
 * {@code /early-hints} and {@code /negotiate}.
 * Every code 100..599 is answered protocol-correctly, and a scripted reply is answered the same way.
 */
public final class Status {
    private Status() {}

    /**
     * Adds the routes of status answers to {@code router}. They come first, since they are asked for most; the
     * httpstat.us form ({@code /404}) is a pattern, tried after every exact path and prefix. {@code /sequence} keeps
     * its positions in {@code state}.
     */
    public static void routes(Router router, StateStore state) {
        router.prefix("/status", StatusEndpoint.after("/status/"))
                .exact("/unstable", new UnstableEndpoint())
                .prefix("/random", StatusEndpoint.after("/random/"))
                .prefix("/sequence", new SequenceEndpoint(state))
                .exact("/early-hints", new EarlyHintsEndpoint())
                .exact("/negotiate", new NegotiateEndpoint())
                .matching(StatusEndpoint::isNumericPath, StatusEndpoint.firstSegment());
    }

    /** Answers a scripted reply as a status answer: its code, headers, body, delay and fault. */
    public static void answerScripted(Exchange exchange, Reply reply) {
        StatusEndpoint.answer(exchange, reply);
    }
}
