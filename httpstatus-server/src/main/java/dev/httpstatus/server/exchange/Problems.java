package dev.httpstatus.server.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.HttpStatus;
import dev.httpstatus.Language;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import java.util.Map;

/**
 * The one way problems are written: plain text by default, RFC 9457 problem details
 * ({@code application/problem+json}) when the client prefers JSON, in the request's language. The title is the
 * status's name in that language, the detail the problem's text; Content-Language says which.
 */
final class Problems {
    private static final List<MediaType> TEXT_FIRST = List.of(MediaType.TEXT, MediaType.JSON);
    private static final List<MediaType> JSON_FIRST = List.of(MediaType.JSON, MediaType.TEXT);
    private static final List<MediaType> ONLY_JSON = List.of(MediaType.JSON);
    private static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {}

    /** {@code problem} as the answer to {@code request}. */
    static FullHttpResponse response(Request request, Problem problem) {
        Language language = languageOf(request);
        HttpResponseStatus status = Responses.status(problem.status());
        String detail = problem.detail(language);
        FullHttpResponse response = request.preferred(offered(request)) == MediaType.JSON
                ? json(request, problem, status, title(status, language), detail)
                : Responses.of(
                        status,
                        MediaType.TEXT.contentType(),
                        status.code() + " " + status.reasonPhrase() + ": " + detail + "\n");
        response.headers().set(HttpHeaderNames.CONTENT_LANGUAGE, language.tag());
        for (Map.Entry<String, String> header : problem.headers()) {
            response.headers().add(header.getKey(), header.getValue());
        }
        return response;
    }

    /**
     * What a problem may be written as, the default first: the JSON API answers problem+json whatever the
     * Accept, as an API has no other format; its documents elsewhere ({@code /codes/404.json}) answer JSON to a
     * client that takes anything, as API clients expect; everything else plain text, as curl users expect.
     */
    private static List<MediaType> offered(Request request) {
        String path = request.path();
        if (path.equals("/api") || path.startsWith("/api/")) {
            return ONLY_JSON;
        }
        return path.endsWith(".json") ? JSON_FIRST : TEXT_FIRST;
    }

    /** The request's language, or the negotiated one when its {@code ?lang=} is itself the problem. */
    private static Language languageOf(Request request) {
        try {
            return request.language();
        } catch (Problem badLanguage) {
            return request.negotiatedLanguage();
        }
    }

    /** The status's name: its reason phrase in English, its title in another language. */
    private static String title(HttpResponseStatus status, Language language) {
        return language == Language.EN
                ? status.reasonPhrase()
                : HttpStatus.of(status.code()).text(language.locale()).title();
    }

    private static FullHttpResponse json(
            Request request, Problem problem, HttpResponseStatus status, String title, String detail) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.code());
        body.put("detail", detail);
        body.put("instance", request.path());
        problem.members().forEach((name, value) -> body.set(name, Json.MAPPER.valueToTree(value)));
        FullHttpResponse response = Json.response(status.code(), body);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, PROBLEM_JSON);
        return response;
    }
}
