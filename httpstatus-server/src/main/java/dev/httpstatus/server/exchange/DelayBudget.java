package dev.httpstatus.server.exchange;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many answers may be waiting on a delay at once, across the server: a flood of long sleeps gets 503
 * rather than holding memory and connections without bound.
 */
final class DelayBudget {
    private final int max;
    private final AtomicInteger waiting = new AtomicInteger();

    public DelayBudget(int max) {
        this.max = max;
    }

    /** Takes a place, or returns false when all are taken. */
    boolean tryTake() {
        while (true) {
            int now = waiting.get();
            if (now >= max) {
                return false;
            }
            if (waiting.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    void giveBack() {
        waiting.decrementAndGet();
    }

    /** The most delayed answers held at once. */
    public int max() {
        return max;
    }
}
