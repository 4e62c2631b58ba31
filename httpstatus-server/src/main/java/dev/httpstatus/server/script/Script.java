package dev.httpstatus.server.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The answers one path gives, in order: each request takes the next, and the last repeats once the
 * others are used up, as a recovering server keeps answering 200.
 */
public final class Script {
    private final List<Reply> replies = new ArrayList<>();
    private int next;

    Script() {}

    /** Replaces the script with these status codes, each with its usual body and headers. */
    public synchronized Script respond(int... statuses) {
        return respond(Arrays.stream(statuses).mapToObj(Reply::status).toArray(Reply[]::new));
    }

    /** Replaces the script with these answers. */
    public synchronized Script respond(Reply... answers) {
        if (answers.length == 0) {
            throw new IllegalArgumentException("a script needs at least one answer");
        }
        replies.clear();
        replies.addAll(List.of(answers));
        next = 0;
        return this;
    }

    /** Adds answers after those already scripted. */
    public synchronized Script then(Reply... answers) {
        replies.addAll(List.of(answers));
        return this;
    }

    /** Adds status codes after those already scripted. */
    public synchronized Script then(int... statuses) {
        return then(Arrays.stream(statuses).mapToObj(Reply::status).toArray(Reply[]::new));
    }

    /**
     * The answer for the next request: the next in order, or the last once all have been given; empty
     * while nothing is scripted.
     */
    synchronized Optional<Reply> take() {
        if (replies.isEmpty()) {
            return Optional.empty();
        }
        Reply reply = replies.get(Math.min(next, replies.size() - 1));
        next++;
        return Optional.of(reply);
    }

    /** How many requests the script has answered. */
    public synchronized int answered() {
        return next;
    }
}
