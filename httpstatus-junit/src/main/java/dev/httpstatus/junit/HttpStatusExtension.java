package dev.httpstatus.junit;

import dev.httpstatus.junit.HttpStatusServerTest.Lifecycle;
import dev.httpstatus.server.StatusServer;
import dev.httpstatus.server.config.ServerConfig;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit extension behind {@link HttpStatusServerTest}; register it directly for more control:
 *
 * <pre>{@code
 * @RegisterExtension
 * static HttpStatusExtension server = HttpStatusExtension.perClass();
 * }</pre>
 *
 * <p>The server runs on loopback and is closed when its class (or method) is done; its 429 and 503 answers say
 * {@code Retry-After: 0} unless a script says otherwise, so retrying clients do not slow the tests down. Each test
 * method gets a port of its own on that server ({@link StatusServer#openScope}), with its own scripts and journal,
 * closed when the test ends: its base URI is a plain origin such as {@code http://127.0.0.1:41234/}, so any client
 * joins paths to it as it likes. The test's {@link TestStatusServer} is injected into parameters of that type, into
 * parameters of type {@link URI} (the base URI), into fields of type {@code TestStatusServer}, and into {@code URI}
 * fields marked {@link ServerUri}.
 *
 * <p>It runs on JUnit 5.10 and later, JUnit 6 included: it is compiled against the 5.10 API and uses nothing newer.
 */
public final class HttpStatusExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(HttpStatusExtension.class);
    private static final String SERVER = "server";
    private static final String HANDLE = "handle";
    private static final AtomicLong SCOPES = new AtomicLong();

    private final Optional<Lifecycle> lifecycle;
    private final Optional<ServerConfig> config;

    /** The extension as {@link HttpStatusServerTest} configures it. */
    public HttpStatusExtension() {
        this(Optional.empty(), Optional.empty());
    }

    private HttpStatusExtension(Optional<Lifecycle> lifecycle, Optional<ServerConfig> config) {
        this.lifecycle = lifecycle;
        this.config = config;
    }

    /** One server for all the tests of the class. */
    public static HttpStatusExtension perClass() {
        return new HttpStatusExtension(Optional.of(Lifecycle.PER_CLASS), Optional.empty());
    }

    /** A new server for each test method. */
    public static HttpStatusExtension perMethod() {
        return new HttpStatusExtension(Optional.of(Lifecycle.PER_METHOD), Optional.empty());
    }

    /**
     * A server with {@code config} (its address is replaced by a free loopback port), with the given
     * lifecycle.
     */
    public static HttpStatusExtension with(ServerConfig config, Lifecycle lifecycle) {
        return new HttpStatusExtension(Optional.of(lifecycle), Optional.of(config));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (lifecycle(context) == Lifecycle.PER_CLASS) {
            server(context);
        }
    }

    /** Closes the class's server. JUnit before 5.13 does not close what a store holds, so the extension does. */
    @Override
    public void afterAll(ExtensionContext context) {
        if (classContext(context) == context) {
            closeServer(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        ExtensionContext owner = lifecycle(context) == Lifecycle.PER_CLASS ? classContext(context) : context;
        TestStatusServer handle = new TestStatusServer(server(owner).openScope("t" + SCOPES.incrementAndGet()));
        context.getStore(NAMESPACE).put(HANDLE, handle);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            inject(instance, handle);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestStatusServer handle = context.getStore(NAMESPACE).remove(HANDLE, TestStatusServer.class);
        if (handle != null) {
            handle.close();
        }
        if (lifecycle(context) == Lifecycle.PER_METHOD) {
            closeServer(context);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestStatusServer.class || type == URI.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestStatusServer handle = context.getStore(NAMESPACE).get(HANDLE, TestStatusServer.class);
        if (handle == null) {
            throw new ExtensionConfigurationException("the status server is injected into test methods and their "
                    + "fields, not into constructors or lifecycle methods of the class");
        }
        return parameter.getParameter().getType() == URI.class ? handle.uri() : handle;
    }

    private StatusServer server(ExtensionContext owner) {
        // getOrComputeIfAbsent is in JUnit 5.10 and still in 6 (deprecated there for computeIfAbsent, which 5 lacks).
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(SERVER, key -> start(owner), StatusServer.class);
    }

    private static void closeServer(ExtensionContext owner) {
        StatusServer server = owner.getStore(NAMESPACE).remove(SERVER, StatusServer.class);
        if (server != null) {
            server.close();
        }
    }

    private StatusServer start(ExtensionContext context) {
        ServerConfig base = config.orElseGet(() -> ServerConfig.builder()
                .http1Only(
                        annotation(context).map(HttpStatusServerTest::http1Only).orElse(false))
                .accessLog(false)
                .retryAfter(Duration.ZERO)
                .build());
        return StatusServer.start(base.toBuilder().address("127.0.0.1", 0).build());
    }

    private Lifecycle lifecycle(ExtensionContext context) {
        return lifecycle.orElseGet(
                () -> annotation(context).map(HttpStatusServerTest::lifecycle).orElse(Lifecycle.PER_CLASS));
    }

    private static Optional<HttpStatusServerTest> annotation(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, HttpStatusServerTest.class));
    }

    /** The context of the outermost test class, so that nested classes share its server. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getParent().isPresent()
                && current.getParent().get().getTestClass().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static void inject(Object instance, TestStatusServer handle) throws IllegalAccessException {
        for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
                    continue;
                }
                if (field.getType() == TestStatusServer.class) {
                    field.setAccessible(true);
                    field.set(instance, handle);
                } else if (field.getType() == URI.class && field.isAnnotationPresent(ServerUri.class)) {
                    field.setAccessible(true);
                    field.set(instance, handle.uri());
                }
            }
        }
    }
}
