package dev.httpstatus.server;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.ExchangeListener;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the exchanges under way, so that a shutdown can wait for them. Counting is lock-free, since it
 * happens twice for every request; only a shutdown that is waiting gets woken, when the count reaches zero.
 */
final class InFlight implements ExchangeListener {
    private final AtomicInteger count = new AtomicInteger();
    private volatile boolean awaited;

    @Override
    public void started(Exchange exchange) {
        count.incrementAndGet();
    }

    @Override
    public void completed(Exchange exchange, int status, long bytes, Duration time) {
        if (count.decrementAndGet() == 0 && awaited) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /** The exchanges under way now. */
    int count() {
        return count.get();
    }

    /** Waits until no exchange is under way or {@code limit} has passed; returns how many remain. */
    synchronized int awaitNone(Duration limit) throws InterruptedException {
        // Set before the count is read: a completion that reads it unset has already lowered the count.
        awaited = true;
        long deadline = System.nanoTime() + limit.toNanos();
        while (count.get() > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return count.get();
    }
}
