package dev.httpstatus.server.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scripted header that could not be sent is refused where the test writes it, saying why. */
class ReplyTest {

    @Test
    void aHeaderNameWithASpaceIsRefused() {
        assertThatThrownBy(() -> Reply.status(200).header("Retry After", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Retry After\" is not a header name");
    }

    @Test
    void anEmptyHeaderNameIsRefused() {
        assertThatThrownBy(() -> Reply.status(200).header("", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueThatWouldSplitTheAnswerIsRefused() {
        assertThatThrownBy(() -> Reply.status(200).header("X-Note", "a\r\nSet-Cookie: x=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X-Note");
    }

    @Test
    void aValidHeaderIsKept() {
        assertThat(Reply.status(503).header("Retry-After", "1").headers())
                .containsExactly(Map.entry("Retry-After", "1"));
    }
}
