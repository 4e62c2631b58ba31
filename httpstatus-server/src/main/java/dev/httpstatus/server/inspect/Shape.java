package dev.httpstatus.server.inspect;

/** Which fields the echo of a request has, after go-httpbin's three answers. */
public enum Shape {
    /** {@code /get}, {@code /head}, HEAD on {@code /anything}, {@code /cache}, {@code /gzip}: args, headers, method, origin, url. */
    WITHOUT_BODY,
    /** {@code /post}, {@code /put}, {@code /patch}, {@code /delete}, {@code /anything}, {@code /delay}: data, files, form and json too. */
    WITH_BODY,
    /** {@code /upload}: the content is counted ({@code bytes_received}), not shown. */
    COUNTED_BODY
}
