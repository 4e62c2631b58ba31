package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Router;

/**
 * Content made on request, within the generated-body and sleep limits, as httpbin and go-httpbin users know it:
 * random bytes ({@code /bytes/{n}}, {@code /stream-bytes/{n}}), a slow drip ({@code /drip}), a resource served by
 * ranges ({@code /range/{n}}), sample documents ({@code /html}, {@code /json}, {@code /xml}, {@code /robots.txt},
 * {@code /deny}, {@code /encoding/utf8}), images ({@code /image}), base64 ({@code /base64}), pages of links
 * ({@code /links}), a delayed echo ({@code /delay/{n}}), encoded bodies ({@code /gzip}, {@code /deflate},
 * {@code /brotli}) and streams ({@code /stream/{n}}, {@code /jsonl}, {@code /sse}, {@code /trailers}).
 */
public final class Generate {
    /** The type of the JSON answers here, as go-httpbin labels them. */
    static final String JSON_TYPE = "application/json; charset=utf-8";

    private Generate() {}

    /** Adds the routes of generated content to {@code router}. */
    public static void routes(Router router) {
        router.prefix("/range", new RangeEndpoint())
                .exact("/drip", new DripEndpoint())
                .prefix("/bytes", new BytesEndpoint())
                .prefix("/stream-bytes", new StreamBytesEndpoint())
                .exact("/html", new DocumentEndpoint("page.html", DocumentEndpoint.HTML))
                .exact("/json", new DocumentEndpoint("sample.json", JSON_TYPE))
                .exact("/xml", new DocumentEndpoint("sample.xml", "application/xml"))
                .exact("/robots.txt", new DocumentEndpoint("robots.txt", DocumentEndpoint.TEXT))
                .exact("/deny", new DocumentEndpoint("deny.txt", DocumentEndpoint.TEXT))
                .exact("/encoding/utf8", new DocumentEndpoint("utf8.html", DocumentEndpoint.HTML))
                .prefix("/image", new ImageEndpoint())
                .prefix("/base64", new Base64Endpoint())
                .prefix("/links", new LinksEndpoint())
                .prefix("/delay", new DelayEndpoint())
                .exact("/gzip", new EncodedEndpoint(EncodedEndpoint.Coding.GZIP))
                .exact("/deflate", new EncodedEndpoint(EncodedEndpoint.Coding.DEFLATE))
                .exact("/brotli", new EncodedEndpoint(EncodedEndpoint.Coding.BROTLI))
                .prefix("/stream", new StreamEndpoint())
                .exact("/jsonl", new JsonLinesEndpoint())
                .exact("/sse", new EventsEndpoint())
                .exact("/trailers", new TrailersEndpoint());
    }
}
