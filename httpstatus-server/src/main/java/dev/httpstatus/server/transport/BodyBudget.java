package dev.httpstatus.server.transport;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import io.netty.util.internal.PlatformDependent;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The buffer memory that request bodies may hold at once, across connections. A body takes its share when
 * its head arrives (its Content-Length, or the body limit for a chunked one until it is complete) and gives
 * it back when the server lets go of the content, so that a few clients sending bodies at the limit together
 * get 503 and Retry-After instead of exhausting the server's buffer memory.
 */
final class BodyBudget {
    private final long limit;
    private final AtomicLong held = new AtomicLong();

    public BodyBudget(long limit) {
        this.limit = limit;
    }

    /** Half the buffer memory the process may use: the rest stays for answers, echoes among them. */
    public static BodyBudget ofBufferMemory() {
        return new BodyBudget(Math.max(1L << 20, PlatformDependent.maxDirectMemory() / 2));
    }

    /** Takes {@code bytes} if there is room; one body always fits when nothing else is held. */
    boolean tryTake(long bytes) {
        while (true) {
            long now = held.get();
            if (now > 0 && now + bytes > limit) {
                return false;
            }
            if (held.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    void giveBack(long bytes) {
        held.addAndGet(-bytes);
    }

    /** What bodies hold now, for tests. */
    long held() {
        return held.get();
    }

    /** Content that gives its share back to the budget when it is released for the last time. */
    Content content(ByteBufAllocator allocator, int maxComponents, long share) {
        return new Content(allocator, maxComponents, share);
    }

    /** A request's content holding its share of the budget. */
    final class Content extends CompositeByteBuf {
        private long share;

        private Content(ByteBufAllocator allocator, int maxComponents, long share) {
            super(allocator, true, maxComponents);
            this.share = share;
        }

        /** Gives back what the complete content did not need: a chunked body takes the body limit at first. */
        void settle() {
            long excess = share - readableBytes();
            if (excess > 0) {
                share -= excess;
                giveBack(excess);
            }
        }

        @Override
        protected void deallocate() {
            try {
                super.deallocate();
            } finally {
                giveBack(share);
            }
        }
    }
}
