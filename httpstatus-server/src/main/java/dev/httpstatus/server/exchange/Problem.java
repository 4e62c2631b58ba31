package dev.httpstatus.server.exchange;

import dev.httpstatus.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a request cannot be answered as asked, thrown by the endpoint that finds out and answered by the server as
 * RFC 9457 problem details in the client's language ({@link Problems}). The detail is a message key of
 * {@code problems.properties} (one file per language) with its arguments, so that every face of an error reads
 * the same in English and Chinese:
 *
 * <pre>{@code
 * throw Problem.badRequest("option.notADuration", "sleep", text);
 * throw Problem.of(405, "cache.readOnly", method).header("Allow", "GET, HEAD");
 * }</pre>
 *
 * <p>Thrown while an endpoint handles a request, it is answered by the dispatcher; thrown where an answer is
 * given later ({@link Exchange#answerAfter}), by the exchange. An endpoint may also hand it to {@link
 * Exchange#answer(Problem)} itself.
 */
public final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String key;
    private final transient Object[] arguments;
    private final transient Map<String, Object> members = new LinkedHashMap<>();
    private final transient List<Map.Entry<String, String>> headers = new ArrayList<>();

    private Problem(int status, String key, Object[] arguments) {
        // No stack trace: a problem is an answer to a client, not a failure of the server, and is made often.
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** A problem answered with {@code status}, its detail the text under {@code key} with {@code arguments}. */
    public static Problem of(int status, String key, Object... arguments) {
        return new Problem(status, key, arguments);
    }

    /** A 400 Bad Request: the request itself is wrong, as the text under {@code key} says. */
    public static Problem badRequest(String key, Object... arguments) {
        return of(400, key, arguments);
    }

    /** Adds a member of its own to the problem details (RFC 9457 §3.2), such as the closest codes. */
    public Problem with(String member, Object value) {
        members.put(member, value);
        return this;
    }

    /** Adds a header to the answer, such as Allow with a 405 or Retry-After with a 503. */
    public Problem header(String name, String value) {
        headers.add(Map.entry(name, value));
        return this;
    }

    /** The status code of the answer. */
    public int status() {
        return status;
    }

    /** The message key of the detail. */
    public String key() {
        return key;
    }

    /** The detail in {@code language}. */
    public String detail(Language language) {
        return ProblemTexts.format(language, key, arguments);
    }

    /** The members of its own, in the order added. */
    public Map<String, Object> members() {
        return members;
    }

    /** The headers to add to the answer, in the order added. */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    @Override
    public String getMessage() {
        return status + " " + detail(Language.EN);
    }
}
