package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Settings as a running server applies them. */
class ConfiguredServerTest {
    @Test
    void generatedBodiesAndRedirectChainsHaveConfigurableLimits() throws Exception {
        try (TestServer small = new TestServer(
                TestServer.quietBuilder().maxGenerated(100).maxRedirects(2).build())) {
            assertThat(small.get("/range/100").statusCode()).isEqualTo(200);
            assertThat(small.get("/range/101").body()).contains("1 to 100").contains("--max-generated");
            assertThat(small.get("/redirect/2").statusCode()).isEqualTo(302);
            assertThat(small.get("/redirect/3").body()).contains("1 to 2").contains("--max-redirects");
        }
    }

    @Test
    void aPortInUseIsReportedClearly() {
        try (TestServer first = TestServer.start()) {
            assertThatThrownBy(() -> StatusServer.start(TestServer.quietBuilder()
                            .address("127.0.0.1", first.server.port())
                            .build()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("cannot listen on 127.0.0.1:" + first.server.port());
        }
    }

    /** A host that resolves to nothing (.invalid never does, RFC 6761 §6.4) is named as such, not as "null". */
    @Test
    void aHostWithoutAnAddressIsReportedClearly() {
        assertThatThrownBy(() -> StatusServer.start(
                        TestServer.quietBuilder().address("nosuch.invalid", 0).build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot listen on nosuch.invalid:0: no address is known for this host name");
    }
}
