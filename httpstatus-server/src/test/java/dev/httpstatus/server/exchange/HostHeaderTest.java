package dev.httpstatus.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written Host check accepts exactly what the grammar of RFC 3986's host and port accepts. */
class HostHeaderTest {
    /** The grammar as a regular expression: the reference the quick check is held to. */
    private static final Pattern GRAMMAR =
            Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9\\-._~%!$&'()*+,;=]*)(:[0-9]*)?");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost",
                "localhost:8080",
                "127.0.0.1:18190",
                "[::1]",
                "[::1]:443",
                "example.org:",
                "",
                ":80",
                "a_b~c%20",
                "[]",
                "[::1",
                "::1]",
                "[::1]x",
                "host:port",
                "host name",
                "ho/st",
                "[fe80::1%eth0]",
                "xn--fsq.example",
                "a:1:2",
                "[1.2.3.4]:99999"
            })
    void agreesWithTheGrammarOnKnownCases(String host) {
        assertThat(HostHeader.isValid(host)).isEqualTo(GRAMMAR.matcher(host).matches());
    }

    @Property(tries = 2000)
    void agreesWithTheGrammarOnAnyHost(
            @ForAll
                    @StringLength(max = 12)
                    @Chars({'a', 'Z', '0', '9', '[', ']', ':', '.', '-', '%', '/', ' ', '@', 'f'})
                    String host) {
        assertThat(HostHeader.isValid(host)).isEqualTo(GRAMMAR.matcher(host).matches());
    }
}
