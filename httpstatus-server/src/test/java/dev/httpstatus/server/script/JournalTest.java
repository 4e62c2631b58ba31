package dev.httpstatus.server.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journal keeps what tests need and forgets the oldest, across scopes, past its bounds. */
class JournalTest {

    @Test
    void pastItsRequestBoundTheOldestOfAnyScopeGoFirst() {
        Journal journal = new Journal(true, 3, Long.MAX_VALUE);

        journal.record("a", request("/1", 0));
        journal.record("b", request("/2", 0));
        journal.record("a", request("/3", 0));
        journal.record("c", request("/4", 0));

        assertThat(paths(journal.requests("a"))).containsExactly("/3");
        assertThat(paths(journal.requests("b"))).containsExactly("/2");
        assertThat(paths(journal.requests("c"))).containsExactly("/4");
    }

    @Test
    void pastItsByteBoundLargeBodiesAreForgotten() {
        Journal journal = new Journal(true, 1000, 10_000);

        journal.record("a", request("/small", 10));
        journal.record("b", request("/big", 6_000));
        journal.record("b", request("/bigger", 6_000));

        assertThat(journal.requests("a")).isEmpty();
        assertThat(paths(journal.requests("b"))).containsExactly("/bigger");
    }

    @Test
    void aScopeEmptiedByForgettingOrClearingHoldsNothing() {
        Journal journal = new Journal(true, 2, Long.MAX_VALUE);
        journal.record("a", request("/1", 0));
        journal.record("b", request("/2", 0));
        journal.clear("a");
        journal.record("c", request("/3", 0));

        assertThat(paths(journal.requests("b"))).containsExactly("/2");
        assertThat(paths(journal.requests("c"))).containsExactly("/3");
        journal.record("c", request("/4", 0));
        assertThat(journal.requests("b")).isEmpty();
    }

    @Test
    void aJournalThatIsOffRecordsNothing() {
        Journal journal = Journal.off();

        journal.record("", request("/1", 0));

        assertThat(journal.isOn()).isFalse();
        assertThat(journal.requests("")).isEmpty();
    }

    private static RecordedRequest request(String path, int bodySize) {
        return new RecordedRequest(
                "POST", path, "", Map.of("host", List.of("x")), new byte[bodySize], "HTTP/1.1", Instant.now(), 0);
    }

    private static List<String> paths(List<RecordedRequest> requests) {
        return requests.stream().map(RecordedRequest::path).toList();
    }
}
