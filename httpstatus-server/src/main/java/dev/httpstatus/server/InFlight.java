package dev.httpstatus.server;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.ExchangeListener;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Counts the exchanges under way, so that a shutdown can wait for them. */
final class InFlight implements ExchangeListener {
    private int count;

    @Override
    public synchronized void started(Exchange exchange) {
        count++;
    }

    @Override
    public synchronized void completed(Exchange exchange, int status, long bytes, Duration time) {
        count--;
        notifyAll();
    }

    /** Waits until no exchange is under way or {@code limit} has passed; returns how many remain. */
    synchronized int awaitNone(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (count > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return count;
    }
}
