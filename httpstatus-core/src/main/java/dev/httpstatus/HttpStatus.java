package dev.httpstatus;

import dev.httpstatus.internal.Names;
import dev.httpstatus.internal.SearchIndex;
import dev.httpstatus.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An HTTP status code with what the registry and RFC 9110 say about it.
 *
 * <p>Every integer in 100..599 has exactly one instance: the 64 codes of the IANA registry are constants
 * of this class, the numbers only vendors use are {@linkplain Registration#UNOFFICIAL unofficial}, and the
 * rest are {@linkplain Registration#UNASSIGNED unassigned} members of their class. {@link #of(int)}
 * always returns the same instance for a code, so {@code HttpStatus.of(404) == HttpStatus.NOT_FOUND}.
 * Two statuses are equal when their codes are equal.
 */
public final class HttpStatus implements Comparable<HttpStatus> {
    /** The smallest valid status code. */
    public static final int MIN_CODE = 100;

    /** The largest valid status code. */
    public static final int MAX_CODE = 599;

    private static final String UNASSIGNED_PHRASE = "Unassigned";
    private static final HttpStatus[] BY_CODE = new HttpStatus[MAX_CODE + 1];

    /** 100 Continue: The server has the request head and the client should send the content. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1">RFC 9110 §15.2.1</a>. */
    public static final HttpStatus CONTINUE =
            registered(100, "Continue", Registration.PERMANENT, SpecReference.rfc(9110, "15.2.1"));

    /** 101 Switching Protocols: The server switches the connection to the protocol named in Upgrade. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2">RFC 9110 §15.2.2</a>. */
    public static final HttpStatus SWITCHING_PROTOCOLS =
            registered(101, "Switching Protocols", Registration.PERMANENT, SpecReference.rfc(9110, "15.2.2"));

    /** 102 Processing: An interim response: the server is still working on the request. See <a href="https://www.rfc-editor.org/rfc/rfc2518#section-10.1">RFC 2518 §10.1</a>. */
    public static final HttpStatus PROCESSING =
            registered(102, "Processing", Registration.PERMANENT, SpecReference.rfc(2518, "10.1"));

    /** 103 Early Hints: An interim response with headers, such as Link, the final response will probably carry. See <a href="https://www.rfc-editor.org/rfc/rfc8297#section-2">RFC 8297 §2</a>. */
    public static final HttpStatus EARLY_HINTS =
            registered(103, "Early Hints", Registration.PERMANENT, SpecReference.rfc(8297, "2"));

    /** 104 Upload Resumption Supported: An interim response: the server lets the client resume this upload (temporary registration). See <a href="https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05">draft-ietf-httpbis-resumable-upload-05</a>. */
    public static final HttpStatus UPLOAD_RESUMPTION_SUPPORTED = temporary(
            104,
            "Upload Resumption Supported",
            SpecReference.draft("draft-ietf-httpbis-resumable-upload-05"),
            LocalDate.of(2026, 11, 13));

    /** 200 OK: The request succeeded. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1">RFC 9110 §15.3.1</a>. */
    public static final HttpStatus OK =
            registered(200, "OK", Registration.PERMANENT, SpecReference.rfc(9110, "15.3.1"));

    /** 201 Created: The request created a resource, usually identified by Location. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2">RFC 9110 §15.3.2</a>. */
    public static final HttpStatus CREATED =
            registered(201, "Created", Registration.PERMANENT, SpecReference.rfc(9110, "15.3.2"));

    /** 202 Accepted: The request was accepted for processing, which has not finished. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3">RFC 9110 §15.3.3</a>. */
    public static final HttpStatus ACCEPTED =
            registered(202, "Accepted", Registration.PERMANENT, SpecReference.rfc(9110, "15.3.3"));

    /** 203 Non-Authoritative Information: The request succeeded, but a transforming proxy changed the content. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4">RFC 9110 §15.3.4</a>. */
    public static final HttpStatus NON_AUTHORITATIVE_INFORMATION =
            registered(203, "Non-Authoritative Information", Registration.PERMANENT, SpecReference.rfc(9110, "15.3.4"));

    /** 204 No Content: The request succeeded and there is no content to send. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5">RFC 9110 §15.3.5</a>. */
    public static final HttpStatus NO_CONTENT =
            registered(204, "No Content", Registration.PERMANENT, SpecReference.rfc(9110, "15.3.5"));

    /** 205 Reset Content: The request succeeded and the client should reset the view that sent it. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6">RFC 9110 §15.3.6</a>. */
    public static final HttpStatus RESET_CONTENT =
            registered(205, "Reset Content", Registration.PERMANENT, SpecReference.rfc(9110, "15.3.6"));

    /** 206 Partial Content: The server sends the ranges the Range header asked for. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7">RFC 9110 §15.3.7</a>. */
    public static final HttpStatus PARTIAL_CONTENT =
            registered(206, "Partial Content", Registration.PERMANENT, SpecReference.rfc(9110, "15.3.7"));

    /** 207 Multi-Status: The content holds a status for each of several resources (WebDAV). See <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.1">RFC 4918 §11.1</a>. */
    public static final HttpStatus MULTI_STATUS =
            registered(207, "Multi-Status", Registration.PERMANENT, SpecReference.rfc(4918, "11.1"));

    /** 208 Already Reported: The members of this binding were listed earlier in the same multistatus (WebDAV). See <a href="https://www.rfc-editor.org/rfc/rfc5842#section-7.1">RFC 5842 §7.1</a>. */
    public static final HttpStatus ALREADY_REPORTED =
            registered(208, "Already Reported", Registration.PERMANENT, SpecReference.rfc(5842, "7.1"));

    /** 226 IM Used: The content is the result of instance manipulations, such as a delta, applied to the resource. See <a href="https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1">RFC 3229 §10.4.1</a>. */
    public static final HttpStatus IM_USED =
            registered(226, "IM Used", Registration.PERMANENT, SpecReference.rfc(3229, "10.4.1"));

    /** 300 Multiple Choices: The resource has several representations to choose from. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1">RFC 9110 §15.4.1</a>. */
    public static final HttpStatus MULTIPLE_CHOICES =
            registered(300, "Multiple Choices", Registration.PERMANENT, SpecReference.rfc(9110, "15.4.1"));

    /** 301 Moved Permanently: The resource has moved for good to the URI in Location. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2">RFC 9110 §15.4.2</a>. */
    public static final HttpStatus MOVED_PERMANENTLY =
            registered(301, "Moved Permanently", Registration.PERMANENT, SpecReference.rfc(9110, "15.4.2"));

    /** 302 Found: The resource lives for now at the URI in Location. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3">RFC 9110 §15.4.3</a>. */
    public static final HttpStatus FOUND =
            registered(302, "Found", Registration.PERMANENT, SpecReference.rfc(9110, "15.4.3"), "Moved Temporarily");

    /**
     * The old name of {@link #FOUND}.
     *
     * @deprecated the phrase is now &quot;Found&quot;; use {@link #FOUND}
     */
    @Deprecated
    public static final HttpStatus MOVED_TEMPORARILY = FOUND;

    /** 303 See Other: The answer is at another URI, in Location, to be fetched with GET. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4">RFC 9110 §15.4.4</a>. */
    public static final HttpStatus SEE_OTHER =
            registered(303, "See Other", Registration.PERMANENT, SpecReference.rfc(9110, "15.4.4"));

    /** 304 Not Modified: The client's cached copy is still valid for its conditional request. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5">RFC 9110 §15.4.5</a>. */
    public static final HttpStatus NOT_MODIFIED =
            registered(304, "Not Modified", Registration.PERMANENT, SpecReference.rfc(9110, "15.4.5"));

    /** 305 Use Proxy: Deprecated: once asked the client to go through a proxy; clients ignore it. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6">RFC 9110 §15.4.6</a>. */
    public static final HttpStatus USE_PROXY =
            registered(305, "Use Proxy", Registration.PERMANENT, SpecReference.rfc(9110, "15.4.6"));

    /** 306 (Unused): Reserved: was &quot;Switch Proxy&quot; in a draft and is no longer used. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7">RFC 9110 §15.4.7</a>. */
    public static final HttpStatus UNUSED_306 =
            registered(306, "(Unused)", Registration.UNUSED, SpecReference.rfc(9110, "15.4.7"), "Switch Proxy");

    /**
     * The old name of {@link #UNUSED_306}.
     *
     * @deprecated the phrase is now &quot;(Unused)&quot;; use {@link #UNUSED_306}
     */
    @Deprecated
    public static final HttpStatus SWITCH_PROXY = UNUSED_306;

    /** 307 Temporary Redirect: The resource lives for now at Location; repeat the request there with the same method and content. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8">RFC 9110 §15.4.8</a>. */
    public static final HttpStatus TEMPORARY_REDIRECT =
            registered(307, "Temporary Redirect", Registration.PERMANENT, SpecReference.rfc(9110, "15.4.8"));

    /** 308 Permanent Redirect: The resource has moved for good to Location; repeat the request there with the same method and content. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9">RFC 9110 §15.4.9</a>. */
    public static final HttpStatus PERMANENT_REDIRECT =
            registered(308, "Permanent Redirect", Registration.PERMANENT, SpecReference.rfc(9110, "15.4.9"));

    /** 400 Bad Request: The server will not process the request because of something it sees as a client error. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1">RFC 9110 §15.5.1</a>. */
    public static final HttpStatus BAD_REQUEST =
            registered(400, "Bad Request", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.1"));

    /** 401 Unauthorized: The request lacks valid credentials; WWW-Authenticate says how to authenticate. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2">RFC 9110 §15.5.2</a>. */
    public static final HttpStatus UNAUTHORIZED =
            registered(401, "Unauthorized", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.2"));

    /** 402 Payment Required: Reserved for future use. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3">RFC 9110 §15.5.3</a>. */
    public static final HttpStatus PAYMENT_REQUIRED =
            registered(402, "Payment Required", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.3"));

    /** 403 Forbidden: The server understood the request and refuses it. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4">RFC 9110 §15.5.4</a>. */
    public static final HttpStatus FORBIDDEN =
            registered(403, "Forbidden", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.4"));

    /** 404 Not Found: The server has no current representation of the target resource. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5">RFC 9110 §15.5.5</a>. */
    public static final HttpStatus NOT_FOUND =
            registered(404, "Not Found", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.5"));

    /** 405 Method Not Allowed: The resource does not support the method; Allow lists those it does. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6">RFC 9110 §15.5.6</a>. */
    public static final HttpStatus METHOD_NOT_ALLOWED =
            registered(405, "Method Not Allowed", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.6"));

    /** 406 Not Acceptable: No representation matches the request's Accept headers. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7">RFC 9110 §15.5.7</a>. */
    public static final HttpStatus NOT_ACCEPTABLE =
            registered(406, "Not Acceptable", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.7"));

    /** 407 Proxy Authentication Required: The proxy needs credentials; Proxy-Authenticate says how. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8">RFC 9110 §15.5.8</a>. */
    public static final HttpStatus PROXY_AUTHENTICATION_REQUIRED =
            registered(407, "Proxy Authentication Required", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.8"));

    /** 408 Request Timeout: The server did not receive a complete request in time. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9">RFC 9110 §15.5.9</a>. */
    public static final HttpStatus REQUEST_TIMEOUT =
            registered(408, "Request Timeout", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.9"));

    /** 409 Conflict: The request conflicts with the current state of the resource. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10">RFC 9110 §15.5.10</a>. */
    public static final HttpStatus CONFLICT =
            registered(409, "Conflict", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.10"));

    /** 410 Gone: The resource is gone for good and has no forwarding address. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11">RFC 9110 §15.5.11</a>. */
    public static final HttpStatus GONE =
            registered(410, "Gone", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.11"));

    /** 411 Length Required: The server refuses the request without a Content-Length. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12">RFC 9110 §15.5.12</a>. */
    public static final HttpStatus LENGTH_REQUIRED =
            registered(411, "Length Required", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.12"));

    /** 412 Precondition Failed: A condition in the request's headers, such as If-Match, was false. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13">RFC 9110 §15.5.13</a>. */
    public static final HttpStatus PRECONDITION_FAILED =
            registered(412, "Precondition Failed", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.13"));

    /** 413 Content Too Large: The request content is larger than the server will process. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14">RFC 9110 §15.5.14</a>. */
    public static final HttpStatus CONTENT_TOO_LARGE = registered(
            413,
            "Content Too Large",
            Registration.PERMANENT,
            SpecReference.rfc(9110, "15.5.14"),
            "Payload Too Large",
            "Request Entity Too Large");

    /**
     * The old name of {@link #CONTENT_TOO_LARGE}.
     *
     * @deprecated the phrase is now &quot;Content Too Large&quot;; use {@link #CONTENT_TOO_LARGE}
     */
    @Deprecated
    public static final HttpStatus PAYLOAD_TOO_LARGE = CONTENT_TOO_LARGE;

    /**
     * The old name of {@link #CONTENT_TOO_LARGE}.
     *
     * @deprecated the phrase is now &quot;Content Too Large&quot;; use {@link #CONTENT_TOO_LARGE}
     */
    @Deprecated
    public static final HttpStatus REQUEST_ENTITY_TOO_LARGE = CONTENT_TOO_LARGE;

    /** 414 URI Too Long: The request target is longer than the server will interpret. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15">RFC 9110 §15.5.15</a>. */
    public static final HttpStatus URI_TOO_LONG = registered(
            414, "URI Too Long", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.15"), "Request-URI Too Long");

    /**
     * The old name of {@link #URI_TOO_LONG}.
     *
     * @deprecated the phrase is now &quot;URI Too Long&quot;; use {@link #URI_TOO_LONG}
     */
    @Deprecated
    public static final HttpStatus REQUEST_URI_TOO_LONG = URI_TOO_LONG;

    /** 415 Unsupported Media Type: The content is in a format the resource does not support. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16">RFC 9110 §15.5.16</a>. */
    public static final HttpStatus UNSUPPORTED_MEDIA_TYPE =
            registered(415, "Unsupported Media Type", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.16"));

    /** 416 Range Not Satisfiable: None of the requested ranges overlaps the representation. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17">RFC 9110 §15.5.17</a>. */
    public static final HttpStatus RANGE_NOT_SATISFIABLE = registered(
            416,
            "Range Not Satisfiable",
            Registration.PERMANENT,
            SpecReference.rfc(9110, "15.5.17"),
            "Requested Range Not Satisfiable");

    /**
     * The old name of {@link #RANGE_NOT_SATISFIABLE}.
     *
     * @deprecated the phrase is now &quot;Range Not Satisfiable&quot;; use {@link #RANGE_NOT_SATISFIABLE}
     */
    @Deprecated
    public static final HttpStatus REQUESTED_RANGE_NOT_SATISFIABLE = RANGE_NOT_SATISFIABLE;

    /** 417 Expectation Failed: The server cannot meet the request's Expect header. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18">RFC 9110 §15.5.18</a>. */
    public static final HttpStatus EXPECTATION_FAILED =
            registered(417, "Expectation Failed", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.18"));

    /** 418 (Unused): Reserved: the &quot;I'm a teapot&quot; joke of RFC 2324, kept out of use because it is deployed. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19">RFC 9110 §15.5.19</a>. */
    public static final HttpStatus UNUSED_418 =
            registered(418, "(Unused)", Registration.UNUSED, SpecReference.rfc(9110, "15.5.19"), "I'm a teapot");

    /**
     * The old name of {@link #UNUSED_418}.
     *
     * @deprecated the phrase is now &quot;(Unused)&quot;; use {@link #UNUSED_418}
     */
    @Deprecated
    public static final HttpStatus I_AM_A_TEAPOT = UNUSED_418;

    /** 421 Misdirected Request: The request reached a server that cannot answer for its target. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20">RFC 9110 §15.5.20</a>. */
    public static final HttpStatus MISDIRECTED_REQUEST =
            registered(421, "Misdirected Request", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.20"));

    /** 422 Unprocessable Content: The content is well-formed but its instructions cannot be followed. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21">RFC 9110 §15.5.21</a>. */
    public static final HttpStatus UNPROCESSABLE_CONTENT = registered(
            422,
            "Unprocessable Content",
            Registration.PERMANENT,
            SpecReference.rfc(9110, "15.5.21"),
            "Unprocessable Entity");

    /**
     * The old name of {@link #UNPROCESSABLE_CONTENT}.
     *
     * @deprecated the phrase is now &quot;Unprocessable Content&quot;; use {@link #UNPROCESSABLE_CONTENT}
     */
    @Deprecated
    public static final HttpStatus UNPROCESSABLE_ENTITY = UNPROCESSABLE_CONTENT;

    /** 423 Locked: The resource is locked (WebDAV). See <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.3">RFC 4918 §11.3</a>. */
    public static final HttpStatus LOCKED =
            registered(423, "Locked", Registration.PERMANENT, SpecReference.rfc(4918, "11.3"));

    /** 424 Failed Dependency: The method failed because an action it depended on failed (WebDAV). See <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.4">RFC 4918 §11.4</a>. */
    public static final HttpStatus FAILED_DEPENDENCY =
            registered(424, "Failed Dependency", Registration.PERMANENT, SpecReference.rfc(4918, "11.4"));

    /** 425 Too Early: The server will not risk processing a request that might be replayed from TLS early data. See <a href="https://www.rfc-editor.org/rfc/rfc8470#section-5.2">RFC 8470 §5.2</a>. */
    public static final HttpStatus TOO_EARLY =
            registered(425, "Too Early", Registration.PERMANENT, SpecReference.rfc(8470, "5.2"));

    /** 426 Upgrade Required: The server requires another protocol, named in Upgrade. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22">RFC 9110 §15.5.22</a>. */
    public static final HttpStatus UPGRADE_REQUIRED =
            registered(426, "Upgrade Required", Registration.PERMANENT, SpecReference.rfc(9110, "15.5.22"));

    /** 428 Precondition Required: The server requires the request to be conditional, such as with If-Match. See <a href="https://www.rfc-editor.org/rfc/rfc6585#section-3">RFC 6585 §3</a>. */
    public static final HttpStatus PRECONDITION_REQUIRED =
            registered(428, "Precondition Required", Registration.PERMANENT, SpecReference.rfc(6585, "3"));

    /** 429 Too Many Requests: The client sent too many requests in a given time; Retry-After says when to come back. See <a href="https://www.rfc-editor.org/rfc/rfc6585#section-4">RFC 6585 §4</a>. */
    public static final HttpStatus TOO_MANY_REQUESTS =
            registered(429, "Too Many Requests", Registration.PERMANENT, SpecReference.rfc(6585, "4"));

    /** 431 Request Header Fields Too Large: A header field, or all of them together, is too large. See <a href="https://www.rfc-editor.org/rfc/rfc6585#section-5">RFC 6585 §5</a>. */
    public static final HttpStatus REQUEST_HEADER_FIELDS_TOO_LARGE =
            registered(431, "Request Header Fields Too Large", Registration.PERMANENT, SpecReference.rfc(6585, "5"));

    /** 451 Unavailable For Legal Reasons: The resource is blocked because of a legal demand. See <a href="https://www.rfc-editor.org/rfc/rfc7725#section-3">RFC 7725 §3</a>. */
    public static final HttpStatus UNAVAILABLE_FOR_LEGAL_REASONS =
            registered(451, "Unavailable For Legal Reasons", Registration.PERMANENT, SpecReference.rfc(7725, "3"));

    /** 500 Internal Server Error: The server met an unexpected condition. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1">RFC 9110 §15.6.1</a>. */
    public static final HttpStatus INTERNAL_SERVER_ERROR =
            registered(500, "Internal Server Error", Registration.PERMANENT, SpecReference.rfc(9110, "15.6.1"));

    /** 501 Not Implemented: The server does not support the functionality, such as the method, the request needs. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2">RFC 9110 §15.6.2</a>. */
    public static final HttpStatus NOT_IMPLEMENTED =
            registered(501, "Not Implemented", Registration.PERMANENT, SpecReference.rfc(9110, "15.6.2"));

    /** 502 Bad Gateway: A gateway or proxy received an invalid response from the server behind it. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3">RFC 9110 §15.6.3</a>. */
    public static final HttpStatus BAD_GATEWAY =
            registered(502, "Bad Gateway", Registration.PERMANENT, SpecReference.rfc(9110, "15.6.3"));

    /** 503 Service Unavailable: The server is temporarily unable to handle the request: overloaded or down for maintenance. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4">RFC 9110 §15.6.4</a>. */
    public static final HttpStatus SERVICE_UNAVAILABLE =
            registered(503, "Service Unavailable", Registration.PERMANENT, SpecReference.rfc(9110, "15.6.4"));

    /** 504 Gateway Timeout: A gateway or proxy did not receive a timely response from the server behind it. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5">RFC 9110 §15.6.5</a>. */
    public static final HttpStatus GATEWAY_TIMEOUT =
            registered(504, "Gateway Timeout", Registration.PERMANENT, SpecReference.rfc(9110, "15.6.5"));

    /** 505 HTTP Version Not Supported: The server does not support the request's major HTTP version. See <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6">RFC 9110 §15.6.6</a>. */
    public static final HttpStatus HTTP_VERSION_NOT_SUPPORTED =
            registered(505, "HTTP Version Not Supported", Registration.PERMANENT, SpecReference.rfc(9110, "15.6.6"));

    /** 506 Variant Also Negotiates: The server's content negotiation is misconfigured into a loop. See <a href="https://www.rfc-editor.org/rfc/rfc2295#section-8.1">RFC 2295 §8.1</a>. */
    public static final HttpStatus VARIANT_ALSO_NEGOTIATES =
            registered(506, "Variant Also Negotiates", Registration.PERMANENT, SpecReference.rfc(2295, "8.1"));

    /** 507 Insufficient Storage: The server cannot store what the request needs (WebDAV). See <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.5">RFC 4918 §11.5</a>. */
    public static final HttpStatus INSUFFICIENT_STORAGE =
            registered(507, "Insufficient Storage", Registration.PERMANENT, SpecReference.rfc(4918, "11.5"));

    /** 508 Loop Detected: The server met an infinite loop while processing a Depth: infinity request (WebDAV). See <a href="https://www.rfc-editor.org/rfc/rfc5842#section-7.2">RFC 5842 §7.2</a>. */
    public static final HttpStatus LOOP_DETECTED =
            registered(508, "Loop Detected", Registration.PERMANENT, SpecReference.rfc(5842, "7.2"));

    /** 510 Not Extended: Obsoleted: the request did not meet the policy of the HTTP Extension Framework. See <a href="https://www.rfc-editor.org/rfc/rfc2774#section-7">RFC 2774 §7</a>. */
    public static final HttpStatus NOT_EXTENDED =
            registered(510, "Not Extended", Registration.OBSOLETED, SpecReference.rfc(2774, "7"));

    /** 511 Network Authentication Required: The client must authenticate to gain network access, as at a captive portal. See <a href="https://www.rfc-editor.org/rfc/rfc6585#section-6">RFC 6585 §6</a>. */
    public static final HttpStatus NETWORK_AUTHENTICATION_REQUIRED =
            registered(511, "Network Authentication Required", Registration.PERMANENT, SpecReference.rfc(6585, "6"));

    static {
        for (int code = MIN_CODE; code <= MAX_CODE; code++) {
            if (BY_CODE[code] == null) {
                BY_CODE[code] = unregistered(code);
            }
        }
    }

    private final int code;
    private final String reasonPhrase;
    private final StatusClass statusClass;
    private final Registration registration;
    private final Optional<SpecReference> spec;
    private final Optional<LocalDate> registrationExpiry;
    private final List<String> aliases;
    private final List<UnofficialCode> unofficialMeanings;
    private final String statusLine;

    private HttpStatus(
            int code,
            String reasonPhrase,
            Registration registration,
            Optional<SpecReference> spec,
            Optional<LocalDate> registrationExpiry,
            List<String> aliases) {
        this.code = code;
        this.reasonPhrase = reasonPhrase;
        this.statusClass = StatusClass.of(code);
        this.registration = registration;
        this.spec = spec;
        this.registrationExpiry = registrationExpiry;
        this.aliases = List.copyOf(aliases);
        this.unofficialMeanings = UnofficialCode.usesOf(code);
        this.statusLine = reasonPhrase.isEmpty() ? Integer.toString(code) : code + " " + reasonPhrase;
    }

    private static HttpStatus registered(
            int code, String phrase, Registration registration, SpecReference spec, String... aliases) {
        return intern(
                new HttpStatus(code, phrase, registration, Optional.of(spec), Optional.empty(), List.of(aliases)));
    }

    private static HttpStatus temporary(int code, String phrase, SpecReference spec, LocalDate expiry) {
        return intern(new HttpStatus(
                code, phrase, Registration.TEMPORARY, Optional.of(spec), Optional.of(expiry), List.of()));
    }

    /** A code IANA does not assign: named after its first unofficial use, if it has one. */
    private static HttpStatus unregistered(int code) {
        List<UnofficialCode> uses = UnofficialCode.usesOf(code);
        return new HttpStatus(
                code,
                uses.isEmpty() ? UNASSIGNED_PHRASE : uses.get(0).phrase(),
                uses.isEmpty() ? Registration.UNASSIGNED : Registration.UNOFFICIAL,
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    private static HttpStatus intern(HttpStatus status) {
        BY_CODE[status.code] = status;
        return status;
    }

    /**
     * The status for {@code code}: a constant of this class for a registered code, the one shared
     * instance otherwise.
     *
     * @throws IllegalArgumentException when {@code code} is outside 100..599
     */
    public static HttpStatus of(int code) {
        if (code < MIN_CODE || code > MAX_CODE) {
            throw new IllegalArgumentException("status code " + code + " is outside " + MIN_CODE + ".." + MAX_CODE);
        }
        return BY_CODE[code];
    }

    /** The status for {@code code}, or empty when it is outside 100..599. */
    public static Optional<HttpStatus> find(int code) {
        return code < MIN_CODE || code > MAX_CODE ? Optional.empty() : Optional.of(BY_CODE[code]);
    }

    /**
     * The status whose reason phrase or old name is {@code phrase}, ignoring case, spaces and punctuation
     * ({@code "payload too large"} finds 413); registered names win over unofficial ones.
     */
    public static Optional<HttpStatus> byPhrase(String phrase) {
        return Optional.ofNullable(PhraseIndex.BY_NAME.get(Names.normalize(phrase)));
    }

    /**
     * The statuses a pattern names, in code order: a code ({@code "404"}), a class ({@code "4xx"},
     * {@code "4*"}), a decade ({@code "41x"}), a range ({@code "500-504"}) or a comma-separated list of
     * these. A code given on its own is returned whatever its registration; wildcards and ranges return
     * registered codes only.
     *
     * @throws IllegalArgumentException when the pattern is malformed, saying what is wrong
     */
    public static List<HttpStatus> match(String pattern) {
        return StatusPattern.parse(pattern).statuses();
    }

    /**
     * The statuses whose names or texts match {@code query}, best first. Both languages are searched;
     * words may have a typo or two, and Chinese matches by substring. Empty when nothing matches well
     * enough: {@link #closest(String)} then offers the nearest candidates.
     *
     * @param locale the language whose texts count a little more when ranking
     */
    public static List<HttpStatus> search(String query, Locale locale) {
        return SearchIndexHolder.INDEX.search(query, locale.getLanguage());
    }

    /**
     * A few statuses close to {@code query} when nothing matches it: the nearest registered codes to a
     * number, or the loosest matches of words.
     */
    public static List<HttpStatus> closest(String query) {
        String trimmed = query.strip();
        if (trimmed.matches("\\d{1,9}")) {
            return closest(Integer.parseInt(trimmed));
        }
        return SearchIndexHolder.INDEX.closest(trimmed);
    }

    /** The three registered codes nearest to {@code code}, those of its own class first. */
    public static List<HttpStatus> closest(int code) {
        StatusClass wanted = StatusClass.of(code);
        return registered().stream()
                .filter(s -> s.code != code)
                .sorted(Comparator.comparing((HttpStatus s) -> s.statusClass != wanted)
                        .thenComparingInt(s -> Math.abs(s.code - code))
                        .thenComparingInt(s -> s.code))
                .limit(3)
                .toList();
    }

    /** The 64 codes of the IANA registry, in code order. */
    public static List<HttpStatus> registered() {
        return Lists.REGISTERED;
    }

    /** The registered codes and those in unofficial use, in code order. */
    public static List<HttpStatus> known() {
        return Lists.KNOWN;
    }

    /** The three-digit code. */
    public int code() {
        return code;
    }

    /**
     * The reason phrase: RFC 9110's for a registered code, the first vendor's for an unofficial one
     * (empty when that vendor sends none), "Unassigned" otherwise.
     */
    public String reasonPhrase() {
        return reasonPhrase;
    }

    /** The class given by the first digit. */
    public StatusClass statusClass() {
        return statusClass;
    }

    /** Where the code stands in the IANA registry. */
    public Registration registration() {
        return registration;
    }

    /** Whether IANA lists the code with a meaning, whatever its standing (see {@link #registration()}). */
    public boolean isRegistered() {
        return registration.isRegistered();
    }

    /** When a {@linkplain Registration#TEMPORARY temporary} registration expires; empty for others. */
    public Optional<LocalDate> registrationExpiry() {
        return registrationExpiry;
    }

    /** The document and section that define the code; empty for codes IANA does not assign. */
    public Optional<SpecReference> spec() {
        return spec;
    }

    /** Older names of the code still met in the wild, such as "Payload Too Large" for 413. */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * What vendors mean by this number: the meaning of an unofficial code, or a vendor's different use of
     * a registered one (whose registered meaning wins).
     */
    public List<UnofficialCode> unofficialMeanings() {
        return unofficialMeanings;
    }

    /** Whether the code is a client or server error (4xx or 5xx). */
    public boolean isError() {
        return statusClass == StatusClass.CLIENT_ERROR || statusClass == StatusClass.SERVER_ERROR;
    }

    /**
     * Whether a cache may store a response with this code without explicit freshness information (RFC
     * 9110 §15.1: 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414 and 501; and 451, by RFC 7725 §3).
     */
    public boolean isCacheableByDefault() {
        return Facts.HEURISTICALLY_CACHEABLE.contains(code);
    }

    /** Whether a response with this code may carry content: not 1xx, 204, 205 or 304 (RFC 9110 §15). */
    public boolean allowsContent() {
        return statusClass != StatusClass.INFORMATIONAL && code != 204 && code != 205 && code != 304;
    }

    /**
     * Whether the response sends the client to another URI: 300, 301, 302, 303, 307 and 308. 304 is in
     * the redirection class too but points the client to its own cache.
     */
    public boolean isRedirect() {
        return Facts.REDIRECTS.contains(code);
    }

    /**
     * The explanation of this code in {@code locale}'s language, or in English where the project has
     * none: the registered meaning, else the first unofficial one, else that of an unassigned code.
     */
    public StatusText text(Locale locale) {
        Texts texts = Texts.of(locale);
        if (isRegistered()) {
            return texts.entry(Integer.toString(code));
        }
        if (!unofficialMeanings.isEmpty()) {
            return unofficialMeanings.get(0).text(locale);
        }
        return texts.unassigned(code, statusClass.label(), statusClass.digit() * 100);
    }

    /** Orders by code. */
    @Override
    public int compareTo(HttpStatus other) {
        return Integer.compare(code, other.code);
    }

    /** Two statuses are equal when their codes are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof HttpStatus status && status.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    /** The code and reason phrase as in a status line: "404 Not Found". */
    @Override
    public String toString() {
        return statusLine;
    }

    /** Lists built once, after every instance exists. */
    private static final class Lists {
        static final List<HttpStatus> KNOWN = collect(s -> s.registration != Registration.UNASSIGNED);
        static final List<HttpStatus> REGISTERED = collect(HttpStatus::isRegistered);

        private static List<HttpStatus> collect(Predicate<HttpStatus> keep) {
            List<HttpStatus> list = new ArrayList<>();
            for (int code = MIN_CODE; code <= MAX_CODE; code++) {
                if (keep.test(BY_CODE[code])) {
                    list.add(BY_CODE[code]);
                }
            }
            return List.copyOf(list);
        }
    }

    /** Phrases and old names, built on the first lookup by name. */
    private static final class PhraseIndex {
        static final Map<String, HttpStatus> BY_NAME = build();

        private static Map<String, HttpStatus> build() {
            Map<String, HttpStatus> names = new HashMap<>();
            for (HttpStatus status : Lists.REGISTERED) {
                names.put(Names.normalize(status.reasonPhrase), status);
                status.aliases.forEach(alias -> names.put(Names.normalize(alias), status));
            }
            for (UnofficialCode use : UnofficialCode.all()) {
                // A vendor's name of one plain word ("Redirect" for 451) is a word to search, not a name.
                if (use.isValidStatusCode() && !use.phrase().isEmpty() && !Names.isOneWord(use.phrase())) {
                    names.putIfAbsent(Names.normalize(use.phrase()), BY_CODE[use.code()]);
                }
            }
            names.remove(Names.normalize("(Unused)"));
            return Map.copyOf(names);
        }
    }

    /** The search index, built on the first search. */
    private static final class SearchIndexHolder {
        static final SearchIndex INDEX = SearchIndex.of(Lists.KNOWN);
    }
}
