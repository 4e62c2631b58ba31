package dev.httpstatus.logs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The {@code limit} most frequent values, most frequent first, ties in alphabetical order. */
    List<LogReport.Count> top(int limit) {
        List<LogReport.Count> all = new ArrayList<>(counts.size());
        counts.forEach((value, count) -> all.add(new LogReport.Count(value, count[0])));
        all.sort(Comparator.comparingLong(LogReport.Count::count).reversed().thenComparing(LogReport.Count::value));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }
}
