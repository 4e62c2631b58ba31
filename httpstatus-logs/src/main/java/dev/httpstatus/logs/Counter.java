package dev.httpstatus.logs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** Exact counts of the values of one field: every distinct value is kept, so the top of the list is exact. */
final class Counter implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, long[]> counts = new HashMap<>();

    void add(String value) {
        long[] count = counts.get(value);
        if (count == null) {
            counts.put(value, new long[] {1});
        } else {
            count[0]++;
        }
    }

    void merge(Counter other) {
        other.counts.forEach((value, count) -> counts.computeIfAbsent(value, v -> new long[1])[0] += count[0]);
    }

    /** How often {@code value} was counted. */
    long count(String value) {
        long[] count = counts.get(value);
        return count == null ? 0 : count[0];
    }

    int distinct() {
        return counts.size();
    }

    /** Most frequent first, ties in alphabetical order. */
    private static final Comparator<LogReport.Count> ORDER =
            Comparator.comparingLong(LogReport.Count::count).reversed().thenComparing(LogReport.Count::value);

    /**
     * The {@code limit} most frequent values, most frequent first, ties in alphabetical order. A report asks for the
     * top ten of lists that can hold a hundred thousand values: these are picked in one pass with a heap of
     * {@code limit}, rather than by sorting them all (which was most of the time after the lines were read).
     */
    List<LogReport.Count> top(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        if (limit >= counts.size()) {
            List<LogReport.Count> all = new ArrayList<>(counts.size());
            counts.forEach((value, count) -> all.add(new LogReport.Count(value, count[0])));
            all.sort(ORDER);
            return List.copyOf(all);
        }
        // The head of the heap is the last of those kept: a value replaces it when it comes before it.
        PriorityQueue<LogReport.Count> kept = new PriorityQueue<>(limit + 1, ORDER.reversed());
        for (Map.Entry<String, long[]> entry : counts.entrySet()) {
            long count = entry.getValue()[0];
            if (kept.size() < limit) {
                kept.add(new LogReport.Count(entry.getKey(), count));
            } else {
                LogReport.Count last = kept.peek();
                if (count > last.count()
                        || (count == last.count() && entry.getKey().compareTo(last.value()) < 0)) {
                    kept.poll();
                    kept.add(new LogReport.Count(entry.getKey(), count));
                }
            }
        }
        List<LogReport.Count> top = new ArrayList<>(kept);
        top.sort(ORDER);
        return List.copyOf(top);
    }
}
