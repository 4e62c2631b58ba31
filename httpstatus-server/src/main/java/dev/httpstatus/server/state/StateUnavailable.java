package dev.httpstatus.server.state;

/** The state store cannot be reached now: the request that needs it is answered 503, and may be asked again. */
public final class StateUnavailable extends RuntimeException {
    StateUnavailable(String why) {
        super(why, null, false, false);
    }
}
