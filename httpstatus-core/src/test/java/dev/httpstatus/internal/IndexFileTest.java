package dev.httpstatus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.HttpStatus;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index the build writes is the index the texts give, and a stale one is not used. */
class IndexFileTest {

    @Test
    void theBuiltFileHoldsExactlyTheIndexTheTextsGive() {
        SearchIndex built = new SearchIndex(HttpStatus.known());
        SearchIndex read = IndexFile.read(HttpStatus.known()).orElseThrow();
        assertThat(IndexFile.bytes(read)).isEqualTo(IndexFile.bytes(built));
        for (String query : List.of("timeout", "not fund", "teapot", "payload too large", "cloudflare", "retry")) {
            assertThat(read.search(query, "en")).as(query).isEqualTo(built.search(query, "en"));
        }
    }

    @Test
    void aFileMadeForOtherCodesIsIgnored() throws Exception {
        byte[] bytes = IndexFile.bytes(new SearchIndex(HttpStatus.known()));
        List<HttpStatus> fewer =
                HttpStatus.known().subList(1, HttpStatus.known().size());
        assertThat(IndexFile.read(new ByteArrayInputStream(bytes), fewer)).isEmpty();
        assertThat(SearchIndex.of(fewer).search("not found", "en")).first().isEqualTo(HttpStatus.NOT_FOUND);
    }
}
