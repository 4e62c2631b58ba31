package dev.httpstatus.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.httpstatus.HttpStatus;
import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusJson;
import dev.httpstatus.cli.UrlChecker.Hop;
import dev.httpstatus.cli.UrlChecker.Result;
import dev.httpstatus.cli.output.Format;
import dev.httpstatus.cli.output.Style;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code httpstatus check URL...}: requests each URL, follows redirects, explains every status. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    HttpStatusCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", arity = "1..*", descriptionKey = "check.urls")
    List<String> urls;

    @Option(
            names = {"-X", "--method"},
            descriptionKey = "check.method",
            paramLabel = "METHOD")
    String method;

    @ArgGroup(exclusive = true)
    Protocol protocol = new Protocol();

    static final class Protocol {
        @Option(names = "--http1.1", descriptionKey = "check.http1")
        boolean http1;

        @Option(names = "--http2", descriptionKey = "check.http2")
        boolean http2;
    }

    @Option(names = "--no-follow", descriptionKey = "check.noFollow")
    boolean noFollow;

    @Option(names = "--max-redirects", descriptionKey = "check.maxRedirects", paramLabel = "N", defaultValue = "10")
    int maxRedirects;

    @Option(
            names = {"-t", "--timeout"},
            descriptionKey = "check.timeout",
            paramLabel = "DURATION",
            defaultValue = "10s",
            converter = DurationConverter.class)
    Duration timeout;

    @Option(
            names = {"-k", "--insecure"},
            descriptionKey = "check.insecure")
    boolean insecure;

    @Option(
            names = {"-H", "--header"},
            descriptionKey = "check.header",
            paramLabel = "NAME: VALUE")
    List<String> headers = new ArrayList<>();

    @Option(
            names = {"-d", "--data"},
            descriptionKey = "check.data",
            paramLabel = "CONTENT")
    Optional<String> data;

    @Override
    public Integer call() {
        List<URI> targets = urls.stream().map(this::parseUrl).toList();
        if (insecure) {
            // Read once by the JDK client when its first instance is built, so it must be set before.
            System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        }
        UrlChecker checker = new UrlChecker(new UrlChecker.Options(
                method().toUpperCase(Locale.ROOT),
                version(),
                !noFollow,
                Math.max(maxRedirects, 0),
                timeout,
                insecure,
                parseHeaders(),
                data));
        Messages messages = top.messages();
        PrintWriter out = top.context().out();
        List<String> json = new ArrayList<>();
        int exit = ExitCodes.OK;
        for (URI target : targets) {
            Result result = checker.check(target);
            if (top.format == Format.JSON) {
                json.add(json(target, result, messages));
            } else {
                printText(target, result, messages, out);
            }
            exit = Math.max(exit, exitCode(result));
        }
        if (top.format == Format.JSON) {
            out.println(json.size() == 1 ? json.get(0) : "[" + String.join(",", json) + "]");
        }
        out.flush();
        return exit;
    }

    /** The method asked for; else POST when there is content to send, as curl does with -d, and GET otherwise. */
    private String method() {
        return method != null ? method : data.isPresent() ? "POST" : "GET";
    }

    private HttpClient.Version version() {
        return protocol.http1 ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2;
    }

    private URI parseUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null
                    || !(uri.getScheme().equalsIgnoreCase("http")
                            || uri.getScheme().equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new ParameterException(spec.commandLine(), top.messages().get("error.url", url));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(), top.messages().get("error.url", url));
        }
    }

    private List<String[]> parseHeaders() {
        List<String[]> parsed = new ArrayList<>();
        for (String header : headers) {
            int colon = header.indexOf(':');
            if (colon <= 0 || !header.substring(0, colon).strip().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw new ParameterException(spec.commandLine(), top.messages().get("error.header", header));
            }
            parsed.add(new String[] {
                header.substring(0, colon).strip(), header.substring(colon + 1).strip()
            });
        }
        return parsed;
    }

    static int exitCode(Result result) {
        return switch (result.ending()) {
            case FAILED -> ExitCodes.NO_RESPONSE;
            case TOO_MANY_REDIRECTS -> ExitCodes.TOO_MANY_REDIRECTS;
            case FINAL -> {
                int status = result.hops().get(result.hops().size() - 1).status();
                yield status >= 500 ? ExitCodes.SERVER_ERROR : status >= 400 ? ExitCodes.CLIENT_ERROR : ExitCodes.OK;
            }
        };
    }

    private void printText(URI target, Result result, Messages messages, PrintWriter out) {
        Style style = top.printer().style();
        Locale locale = messages.language().locale();
        for (Hop hop : result.hops()) {
            out.println(style.bold(hop.method() + " " + hop.uri()));
            Optional<HttpStatus> status = HttpStatus.find(hop.status());
            String name = status.map(s -> named(s, locale)).orElse("");
            out.println("  " + style.code(Integer.toString(hop.status()), StatusClass.of(hop.status()))
                    + " " + name + "  "
                    + style.dim(messages.get("check.timing", hop.time().toMillis(), hop.protocol())));
            status.ifPresent(s -> out.println("  " + s.text(locale).summary()));
            hop.telling().forEach((header, value) -> out.println("  " + header + ": " + value));
        }
        switch (result.ending()) {
            case FAILED ->
                out.println(messages.get(
                        "check.failed",
                        target,
                        result.failure().map(f -> f.describe(messages)).orElse("")));
            case TOO_MANY_REDIRECTS -> out.println(messages.get("check.tooManyRedirects", maxRedirects));
            case FINAL -> {}
        }
    }

    /** The phrase, and the title in the language asked for when it says something else ({@code 404 Not Found · 未找到}). */
    private static String named(HttpStatus status, Locale locale) {
        String title = status.text(locale).title();
        return title.equals(status.reasonPhrase()) ? title : status.reasonPhrase() + " · " + title;
    }

    /**
     * The check as JSON: each hop's status in the project's one shape, written by core and embedded as it is, the
     * rest by Jackson (loaded only here, never on a lookup's quick path).
     */
    private static String json(URI target, Result result, Messages messages) {
        ObjectMapper mapper = new ObjectMapper();
        Locale locale = messages.language().locale();
        ObjectNode check = mapper.createObjectNode()
                .put("url", target.toString())
                .put("outcome", result.ending().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .put("error", result.failure().map(f -> f.describe(messages)).orElse(null));
        ArrayNode hops = check.putArray("hops");
        for (var hop : result.hops()) {
            ObjectNode json = hops.addObject()
                    .put("method", hop.method())
                    .put("url", hop.uri().toString())
                    .put("protocol", hop.protocol())
                    .put("timeMs", hop.time().toMillis())
                    .put("location", hop.location().orElse(null));
            ObjectNode headers = json.putObject("headers");
            hop.telling().forEach(headers::put);
            HttpStatus.find(hop.status())
                    .ifPresentOrElse(
                            status -> json.putRawValue("status", new RawValue(StatusJson.of(status, locale))),
                            () -> json.putObject("status").put("code", hop.status()));
        }
        try {
            return mapper.writeValueAsString(check);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the check as JSON", e);
        }
    }
}
