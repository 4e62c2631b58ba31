package dev.httpstatus.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a real status server on a free loopback port for the annotated test class and injects a
 * {@link TestStatusServer} (and its base {@link java.net.URI}) into test parameters and fields. Each test
 * gets a port of its own on the server, so scripts and journals never mix, even in parallel, and its base URI is a
 * plain origin such as {@code http://127.0.0.1:41234/}.
 *
 * <pre>{@code
 * @HttpStatusServerTest
 * class ClientTest {
 *   @Test
 *   void retriesAServiceUnavailable(TestStatusServer server) {
 *     server.script("/flaky").respond(503, 503, 200);
 *     ...
 *     assertThat(server.requests("/flaky")).hasSize(3);
 *   }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(HttpStatusExtension.class)
public @interface HttpStatusServerTest {
    /** Whether one server serves the whole class (the default) or each test method gets its own. */
    Lifecycle lifecycle() default Lifecycle.PER_CLASS;

    /** Whether the server speaks HTTP/1.1 only. */
    boolean http1Only() default false;

    /** How long a server lives. */
    enum Lifecycle {
        PER_CLASS,
        PER_METHOD
    }
}
