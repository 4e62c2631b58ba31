package dev.httpstatus.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTest {
    /** A combined line at 14:mm:ss on 6 December 2026, UTC. */
    static String line(String client, int minute, int second, String path, int status) {
        return String.format(
                "%s - - [06/Dec/2026:14:%02d:%02d +0000] \"GET %s HTTP/1.1\" %d 0 \"-\" \"t\"",
                client, minute, second, path, status);
    }

    static List<Finding> findings(List<String> lines) throws IOException {
        byte[] content = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return LogAnalysis.analyze(
                        List.of(LogInput.stream("t.log", new ByteArrayInputStream(content))),
                        new LogAnalysis.Options(LogFormat.named("combined"), Filter.ALL, 0, 10))
                .report()
                .findings();
    }

    static Finding only(List<Finding> findings, Finding.Kind kind) {
        List<Finding> of = findings.stream().filter(f -> f.kind() == kind).toList();
        assertThat(of).as(kind + " in " + findings).hasSize(1);
        return of.get(0);
    }

    @Test
    void aBurstOf429sNamesItsClientWindowAndPath() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(line("10.0.0.1", 0, i, "/", 200));
            // A spread-out client: one 429 every few minutes, never a burst.
            lines.add(line("10.0.0.2", i * 2 % 60, 0, "/feed", 429));
        }
        for (int i = 0; i < 25; i++) {
            lines.add(line("198.51.100.7", 12, i * 2, i < 20 ? "/api/search" : "/api/items", 429));
        }
        Finding burst = only(findings(lines), Finding.Kind.RATE_LIMIT_BURST);
        assertThat(burst.client()).isEqualTo("198.51.100.7");
        assertThat(burst.count()).isEqualTo(25);
        assertThat(burst.start())
                .isEqualTo(OffsetDateTime.parse("2026-12-06T14:10:00Z").toEpochSecond());
        assertThat(burst.end() - burst.start()).isEqualTo(300);
        assertThat(burst.paths()).containsExactly(new LogReport.Count("/api/search", 20));
    }

    @Test
    void spreadOut429sAreNoBurst() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(line("10.0.0." + i % 3, i * 2 % 60, 0, "/feed", 429));
        }
        assertThat(findings(lines)).extracting(Finding::kind).doesNotContain(Finding.Kind.RATE_LIMIT_BURST);
    }

    @Test
    void oftenRedirectedPathsAreNamed() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // A different client each minute: no chains here.
            lines.add(line("10.0.1." + i, i, 0, i < 30 ? "/old-page?utm=" + i : "/rare", 301));
            lines.add(line("10.0.1." + i, i, 1, "/new-page", 200));
        }
        Finding often = only(findings(lines), Finding.Kind.REDIRECTED_OFTEN);
        assertThat(often.code()).isEqualTo(301);
        assertThat(often.count()).isEqualTo(40);
        // /rare has 10 too: at the minimum it is named.
        assertThat(often.paths())
                .containsExactly(new LogReport.Count("/old-page", 30), new LogReport.Count("/rare", 10));
        assertThat(findings(lines)).extracting(Finding::kind).doesNotContain(Finding.Kind.REDIRECT_CHAIN);
    }

    @Test
    void redirectAfterRedirectToOneClientIsAChain() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String client = i < 8 ? "203.0.113.5" : "203.0.113.6";
            lines.add(line(client, i, 0, "/a", 301));
            lines.add(line(client, i, 1, "/b", 302));
            lines.add(line(client, i, 2, "/c", 200));
        }
        // The same two redirects a minute apart are not a chain.
        lines.add(line("192.0.2.1", 30, 0, "/a", 301));
        lines.add(line("192.0.2.1", 31, 0, "/b", 302));
        Finding chain = only(findings(lines), Finding.Kind.REDIRECT_CHAIN);
        assertThat(chain.count()).isEqualTo(12);
        assertThat(chain.code()).isEqualTo(302);
        assertThat(chain.client()).isEqualTo("203.0.113.5");
        assertThat(chain.clientCount()).isEqualTo(8);
        assertThat(chain.paths()).containsExactly(new LogReport.Count("/a → /b", 12));
    }

    @Test
    void aBusyClientGettingUnrelatedRedirectsIsNoChain() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Two seconds apart: every hop /pN → /pN+1 is taken 10 times...
            lines.add(line("192.0.2.99", i * 2 / 60, i * 2 % 60, "/p" + i % 6, 301));
        }
        for (int i = 0; i < 300; i++) {
            // ...but each path is redirected 60 times in all, to everyone: the hops are chance, not a chain.
            lines.add(line("10.1." + i / 250 + "." + i % 250, 5 + i / 60, i % 60, "/p" + i % 6, 301));
        }
        assertThat(findings(lines)).extracting(Finding::kind).doesNotContain(Finding.Kind.REDIRECT_CHAIN);
    }

    @Test
    void partsOfAFileMergeTheirBurstsAndRedirects() throws IOException {
        Tally first = new Tally();
        Tally second = new Tally();
        LogFormat combined = LogFormat.named("combined");
        for (int i = 0; i < 12; i++) {
            (i % 2 == 0 ? first : second).add(combined.parse(line("10.9.9.9", 1, i, "/x", 429)), Filter.ALL);
            (i % 2 == 0 ? first : second).add(combined.parse(line("10.9.9." + i, 1, i, "/moved", 308)), Filter.ALL);
        }
        first.merge(second);
        List<Finding> findings = first.report(0, 5).findings();
        assertThat(only(findings, Finding.Kind.RATE_LIMIT_BURST).count()).isEqualTo(12);
        assertThat(only(findings, Finding.Kind.REDIRECTED_OFTEN).paths())
                .containsExactly(new LogReport.Count("/moved", 12));
    }
}
