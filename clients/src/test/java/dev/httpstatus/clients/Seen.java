package dev.httpstatus.clients;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What one probe reported for one case, the same for every kind of probe: the status, the content's length and text,
 * the error the caller was given (an exception's class, or a tool's exit code), the same for the follow-up request
 * when the case has one, how long it all took, and the protocol of the answer when the probe can tell it (HTTP/1.1,
 * HTTP/2); or that the client gave no answer within the case's time. The Proxy-Authenticate challenge is the one
 * the caller was given with the first answer, if it could see one; the arrivals are how many requests for the case's
 * path reached the server (a client that answers a challenge sends two).
 */
record Seen(
        Integer status,
        int length,
        String body,
        String error,
        Integer thenStatus,
        String thenBody,
        String thenError,
        long millis,
        boolean noAnswer,
        String protocol,
        String challenge,
        int arrivals) {

    Seen(
            Integer status,
            int length,
            String body,
            String error,
            Integer thenStatus,
            String thenBody,
            String thenError,
            long millis,
            boolean noAnswer) {
        this(status, length, body, error, thenStatus, thenBody, thenError, millis, noAnswer, null, null, 0);
    }

    Seen arrived(int requests) {
        return new Seen(
                status,
                length,
                body,
                error,
                thenStatus,
                thenBody,
                thenError,
                millis,
                noAnswer,
                protocol,
                challenge,
                requests);
    }

    static Seen noAnswerWithin(long millis) {
        return new Seen(null, 0, "", null, null, "", null, millis, true);
    }

    static Seen read(JsonNode line) {
        return new Seen(
                status(line, ""),
                line.path("length").asInt(body(line, "").getBytes(StandardCharsets.UTF_8).length),
                body(line, ""),
                error(line, ""),
                status(line, "then_"),
                body(line, "then_"),
                error(line, "then_"),
                line.path("ms").asLong(),
                false,
                line.hasNonNull("protocol") ? line.get("protocol").asText() : null,
                line.hasNonNull("challenge") ? line.get("challenge").asText() : null,
                0);
    }

    boolean answered(int code) {
        return status != null && status == code;
    }

    private static Integer status(JsonNode line, String prefix) {
        int status = line.path(prefix + "status").asInt(0);
        return status == 0 ? null : status;
    }

    private static String body(JsonNode line, String prefix) {
        if (line.has(prefix + "body64")) {
            return new String(
                    Base64.getDecoder().decode(line.get(prefix + "body64").asText()), StandardCharsets.UTF_8);
        }
        return line.path(prefix + "body").asText("");
    }

    /** A shell tool's failure is its exit code, as a script would test it. */
    private static String error(JsonNode line, String prefix) {
        if (line.hasNonNull(prefix + "error")) {
            return line.get(prefix + "error").asText();
        }
        int exit = line.path(prefix + "exit").asInt(0);
        return exit == 0 ? null : "exit " + exit;
    }
}
