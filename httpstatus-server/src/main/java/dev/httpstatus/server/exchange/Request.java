package dev.httpstatus.server.exchange;

import dev.httpstatus.Language;
import dev.httpstatus.server.config.ServerConfig;
import dev.httpstatus.server.script.Scripts;
import dev.httpstatus.server.transport.Protocols;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.AsciiString;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a client asked: method, path, query, headers and content, read the way every endpoint reads them. The
 * content is the decoder's buffer and is valid only while the endpoint's {@code handle} runs; an endpoint that
 * answers later and needs it takes {@link #retainedContent()} and releases that.
 */
public final class Request {
    private static final String SCOPE_PREFIX = Scripts.SCOPE_PREFIX;

    /** The start of the name of every header that carries an option ({@link #option}). */
    public static final String OPTION_HEADER_PREFIX = "X-HttpStatus-";

    private static final String LANGUAGE_PARAMETER = "lang";

    private final FullHttpRequest request;
    private final Channel channel;
    private final ServerConfig config;
    private final String sentTarget;
    private final String target;
    private final AbsoluteForm absolute;
    private final Problem badTarget;
    private final boolean hasQuery;
    private QueryStringDecoder uri;
    private final String scope;
    private final boolean scopeInPath;
    private final String path;
    private Language language;
    private Boolean hasOptions;
    private boolean malformed;

    Request(FullHttpRequest request, Channel channel, ServerConfig config) {
        this.request = request;
        this.channel = channel;
        this.config = config;
        this.sentTarget = asUtf8(request.uri());
        AbsoluteForm form = null;
        Problem fault = null;
        // CONNECT names host:port (authority form), which reads like a scheme and a colon.
        if (!HttpMethod.CONNECT.equals(request.method()) && AbsoluteForm.is(sentTarget)) {
            try {
                form = AbsoluteForm.parse(sentTarget);
            } catch (Problem problem) {
                fault = problem;
            }
        }
        this.absolute = form;
        this.badTarget = fault;
        this.target = form == null ? sentTarget : form.originForm();
        this.hasQuery = target.indexOf('?') >= 0;
        String full = isPlainPath(target) ? target : decodedPath();
        Optional<String> portScope = Protocols.portScope(channel);
        this.scopeInPath = portScope.isEmpty() && full.startsWith(SCOPE_PREFIX);
        if (portScope.isPresent()) {
            // A port of a scope's own: every path is the client's, as it joined it, and /_scope means nothing here.
            this.scope = portScope.get();
            this.path = full;
        } else if (scopeInPath) {
            String rest = full.substring(SCOPE_PREFIX.length());
            int slash = rest.indexOf('/');
            this.scope = slash < 0 ? rest : rest.substring(0, slash);
            this.path = slash < 0 ? "/" : rest.substring(slash);
        } else {
            this.scope = "";
            this.path = full;
        }
    }

    /**
     * The request target with raw UTF-8 read as UTF-8. A target should escape such bytes (%E8%B6%85), but curl
     * sends {@code ?q=超时} as typed, and the decoder has read each byte as a character of its own.
     */
    private static String asUtf8(String target) {
        for (int i = 0; i < target.length(); i++) {
            if (target.charAt(i) >= 0x80) {
                return new String(target.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return target;
    }

    /**
     * Whether {@code target} is a path as it stands: no query, fragment or escape to decode. Most requests are,
     * and for them no decoder is made.
     */
    private static boolean isPlainPath(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '?' || c == '%' || c == '#') {
                return false;
            }
        }
        return true;
    }

    /** The path decoded, or the target as it came when an escape in it is malformed ({@link #isMalformed}). */
    private String decodedPath() {
        try {
            return uri().path();
        } catch (IllegalArgumentException badEscape) {
            malformed = true;
            return target;
        }
    }

    /** Whether the target has an escape that decodes to nothing ({@code %zz}, a cut-off {@code %4}). */
    public boolean isMalformed() {
        return malformed;
    }

    /**
     * Checks a target in absolute form ({@link AbsoluteForm}).
     *
     * @throws Problem 400 when its scheme is not http or https, or its authority is not a host
     */
    void checkAbsoluteForm() {
        if (badTarget != null) {
            throw badTarget;
        }
    }

    private QueryStringDecoder uri() {
        if (uri == null) {
            uri = new QueryStringDecoder(target);
        }
        return uri;
    }

    /** The request method. */
    public HttpMethod method() {
        return request.method();
    }

    /** Whether the method is HEAD: the answer then has the head a GET would have, without content. */
    public boolean isHead() {
        return HttpMethod.HEAD.equals(request.method());
    }

    /** The HTTP version of the request line; HTTP/1.1 for HTTP/2 streams, which Netty maps onto it. */
    public HttpVersion version() {
        return request.protocolVersion();
    }

    /** "HTTP/2" or the request's HTTP/1.x version. */
    public String protocol() {
        return Protocols.isHttp2(channel) ? "HTTP/2" : request.protocolVersion().text();
    }

    /** Whether the request came over HTTP/2. */
    public boolean isHttp2() {
        return Protocols.isHttp2(channel);
    }

    /**
     * The request target in origin form (path and query), raw UTF-8 read as UTF-8: as sent, or the path and
     * query of a target sent in absolute form (through a proxy), so that scheme, host and target make the URL.
     */
    public String target() {
        return target;
    }

    /** The request target exactly as the request line carried it, in absolute form when sent through a proxy. */
    public String sentTarget() {
        return sentTarget;
    }

    /** The decoded path, without the query and without the scope prefix. */
    public String path() {
        return path;
    }

    /**
     * The scope of the request: the scope of the port it came in on, else the id after {@code /_scope/}, else empty
     * for the shared scope.
     */
    public String scope() {
        return scope;
    }

    /** The prefix that keeps a path in this request's scope: empty in the shared scope and on a scope's own port. */
    public String scopePrefix() {
        return scopeInPath && !scope.isEmpty() ? SCOPE_PREFIX + scope : "";
    }

    /** The raw query string, empty when there is none. */
    public String rawQuery() {
        return hasQuery ? uri().rawQuery() : "";
    }

    /**
     * The query decoded.
     *
     * @throws Problem 400 when an escape in it is malformed
     */
    private Map<String, List<String>> parameters() {
        try {
            return uri().parameters();
        } catch (IllegalArgumentException badEscape) {
            throw Problem.badRequest("target.badEscape");
        }
    }

    /** The first value of query parameter {@code name}. */
    public Optional<String> query(String name) {
        if (!hasQuery) {
            return Optional.empty();
        }
        List<String> values = parameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of query parameter {@code name}. */
    public List<String> queryAll(String name) {
        return hasQuery ? parameters().getOrDefault(name, List.of()) : List.of();
    }

    /** The query parameters in the order they came, each with all its values. */
    public Map<String, List<String>> queryParameters() {
        return hasQuery ? parameters() : Map.of();
    }

    /** The first value of header {@code name}. */
    public Optional<String> header(CharSequence name) {
        return Optional.ofNullable(request.headers().get(name));
    }

    /** Every header, as the client sent them. */
    public HttpHeaders headers() {
        return request.headers();
    }

    /**
     * An option given as the query parameter {@code name} or as the header {@code X-HttpStatus-Name} (underscores
     * become dashes): {@code sleep_after_headers} or {@code X-HttpStatus-Sleep-After-Headers}.
     */
    public Optional<String> option(String name) {
        return query(name).or(() -> header(OPTION_HEADER_PREFIX + name.replace('_', '-')));
    }

    /**
     * Whether the request may carry options: a query, or a header named {@code X-HttpStatus-*}. Most requests
     * carry neither, and for them no option is looked up.
     */
    public boolean hasOptions() {
        if (hasOptions == null) {
            hasOptions = !rawQuery().isEmpty() || hasOptionHeaders();
        }
        return hasOptions;
    }

    private boolean hasOptionHeaders() {
        Iterator<Map.Entry<CharSequence, CharSequence>> headers =
                request.headers().iteratorCharSequence();
        while (headers.hasNext()) {
            CharSequence name = headers.next().getKey();
            if (AsciiString.regionMatches(name, true, 0, OPTION_HEADER_PREFIX, 0, OPTION_HEADER_PREFIX.length())) {
                return true;
            }
        }
        return false;
    }

    /** The content: valid until the endpoint's {@code handle} returns (see the class comment). */
    public ByteBuf content() {
        return request.content();
    }

    /** The content, retained for an answer given later or sent back as it is; the taker releases it. */
    public ByteBuf retainedContent() {
        return request.content().retainedDuplicate();
    }

    /** "http" or "https": the one a target in absolute form names, else the connection's. */
    public String scheme() {
        return absolute != null ? absolute.scheme() : Protocols.scheme(channel);
    }

    /**
     * The host the client addressed: the authority of a target in absolute form, which RFC 9112 §3.2.2 puts
     * before the Host header; else the Host header (the :authority in HTTP/2), or the server's own address.
     */
    public String host() {
        if (absolute != null) {
            return absolute.authority();
        }
        String host = request.headers().get(HttpHeaderNames.HOST);
        return host == null || host.isBlank() ? config.host() + ":" + config.port() : host;
    }

    /**
     * The name of the host the client addressed ({@link #host}) without its port, and an IPv6 address without its
     * brackets: what a redirect's target host is compared with.
     */
    public String hostName() {
        String host = host();
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(1, end) : host;
        }
        int colon = host.lastIndexOf(':');
        return colon > 0 ? host.substring(0, colon) : host;
    }

    /** The address of the client (of the HTTP/2 connection, for a stream). */
    public SocketAddress remoteAddress() {
        return Protocols.connection(channel).remoteAddress();
    }

    /**
     * The language of texts in the answer: {@code ?lang=} when given, else the Accept-Language header weighed by
     * its q-values ({@link Language#negotiate}).
     *
     * @throws Problem 400 when {@code ?lang=} names a language the server has no texts in
     */
    public Language language() {
        if (language == null) {
            Optional<String> asked = query(LANGUAGE_PARAMETER);
            language = asked.isPresent()
                    ? Language.parse(asked.get()).orElseThrow(() -> Problem.badRequest("lang.unknown", asked.get()))
                    : negotiatedLanguage();
        }
        return language;
    }

    /**
     * Whether the language was asked for with a {@code ?lang=} the server has texts in, rather than negotiated:
     * then the answer does not vary with Accept-Language.
     */
    public boolean namesLanguage() {
        return query(LANGUAGE_PARAMETER).flatMap(Language::parse).isPresent();
    }

    /**
     * The language of a page for a reader: {@link #language()}, except that a {@code ?lang=} the server has no
     * texts in falls back to Accept-Language instead of a 400, since a person who followed a link is better
     * served by the page in a language they read (which says so: {@link #unsupportedLanguage()}) than by an error.
     */
    public Language readerLanguage() {
        return unsupportedLanguage().isPresent() ? negotiatedLanguage() : language();
    }

    /** The {@code ?lang=} asked for when the server has no texts in it, such as {@code fr}; empty otherwise. */
    public Optional<String> unsupportedLanguage() {
        return query(LANGUAGE_PARAMETER).filter(asked -> Language.parse(asked).isEmpty());
    }

    /** The language Accept-Language prefers, whatever {@code ?lang=} says: for explaining a bad {@code ?lang=}. */
    Language negotiatedLanguage() {
        return Language.negotiate(request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE));
    }

    /** The media type among {@code offered} that the Accept header prefers ({@link MediaType#negotiate}). */
    public MediaType preferred(List<MediaType> offered) {
        return MediaType.negotiate(request.headers().get(HttpHeaderNames.ACCEPT), offered);
    }

    /** The request as Netty holds it: for a protocol handshake only (WebSocket), which needs all of it. */
    public FullHttpRequest netty() {
        return request;
    }
}
