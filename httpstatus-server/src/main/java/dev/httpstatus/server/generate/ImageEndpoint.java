package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /image}: the picture in the kind the Accept header prefers among PNG, WebP, SVG and JPEG (PNG when it
 * takes any, or says nothing), 406 naming the kinds when it takes none; {@code /image/png}, {@code /image/jpeg},
 * {@code /image/webp}, {@code /image/svg}: that kind, and 404 for another.
 */
final class ImageEndpoint implements Endpoint {
    private static final String PREFIX = "/image/";
    private static final List<String> OFFERED =
            Images.PREFERENCE.stream().map(Images::contentType).toList();

    @Override
    public void handle(Exchange exchange) {
        Images image;
        if (exchange.request().path().equals("/image")) {
            image = negotiate(exchange.request().header(HttpHeaderNames.ACCEPT).orElse(""))
                    .orElseThrow(() -> Problem.of(406, "image.notAcceptable", String.join(", ", OFFERED))
                            .with("accept", OFFERED)
                            .header("Vary", "Accept"));
            FullHttpResponse response = response(image);
            response.headers().set(HttpHeaderNames.VARY, HttpHeaderNames.ACCEPT);
            exchange.answer(response);
            return;
        }
        String kind =
                Parameters.segments(exchange.request(), PREFIX, 1, "/image/png").get(0);
        image = Images.of(kind).orElseThrow(() -> Problem.of(404, "image.kind", kind));
        exchange.answer(response(image));
    }

    private static FullHttpResponse response(Images image) {
        FullHttpResponse response =
                Responses.withKnownNames(Responses.status(200), Unpooled.wrappedBuffer(image.bytes()));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, image.contentType());
        return response;
    }

    /**
     * The kind {@code accept} weighs highest (the q of the most specific range that names it), ties going to the
     * kind first in {@link Images#PREFERENCE}; empty when it weighs every kind at zero.
     */
    static Optional<Images> negotiate(String accept) {
        if (accept.isBlank()) {
            return Optional.of(Images.PNG);
        }
        Images best = null;
        double bestQuality = 0;
        for (Images image : Images.PREFERENCE) {
            double quality = quality(accept, image.contentType());
            if (quality > bestQuality) {
                best = image;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(String accept, String type) {
        double quality = 0;
        int specificity = -1;
        for (String range : accept.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = range.split(";");
            String name = parts[0].strip();
            int matched = name.equals(type) ? 2 : name.equals("image/*") ? 1 : name.equals("*/*") ? 0 : -1;
            if (matched > specificity) {
                specificity = matched;
                quality = q(parts);
            }
        }
        return quality;
    }

    private static double q(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String[] pair = parameters[i].strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equals("q")) {
                try {
                    return Math.max(0, Math.min(1, Double.parseDouble(pair[1].strip())));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
