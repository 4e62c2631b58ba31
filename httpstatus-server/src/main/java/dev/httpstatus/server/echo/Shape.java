package dev.httpstatus.server.echo;

/** Which fields the echo of a request has, after go-httpbin's three answers. */
enum Shape {
    /** {@code /get}, {@code /head}, and HEAD on {@code /anything}: args, headers, method, origin, url. */
    WITHOUT_BODY,
    /** {@code /post}, {@code /put}, {@code /patch}, {@code /delete}, {@code /anything}: data, files, form and json too. */
    WITH_BODY,
    /** {@code /upload}: the content is counted ({@code bytes_received}), not shown. */
    COUNTED_BODY
}
