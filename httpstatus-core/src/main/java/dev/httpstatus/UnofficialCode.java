package dev.httpstatus;

import dev.httpstatus.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A status code in use by some vendor or convention but not assigned by IANA, or assigned by IANA to
 * something else. Several origins can share a number, so an entry is identified by its code and origin.
 *
 * <p>Some values lie outside 100..599 (AWS's 000, LinkedIn's 999): they appear in logs and are listed
 * here, but they are not HTTP status codes and {@link HttpStatus#of(int)} refuses them.
 *
 * @param code the number the vendor sends or logs
 * @param originId a short stable identifier of the origin, such as {@code "nginx"} or {@code "cloudflare"}
 * @param phrase the vendor's reason phrase, empty when the vendor sends none
 * @param reusesRegisteredCode whether IANA assigns this number to a different meaning, which wins
 */
public record UnofficialCode(int code, String originId, String phrase, boolean reusesRegisteredCode) {

    private static final List<UnofficialCode> ALL = List.of(
            entry(0, "aws-elb", ""),
            reuse(103, "checkpoint", "Checkpoint"),
            entry(218, "apache", "This is fine"),
            entry(419, "laravel", "Page Expired"),
            entry(419, "webdav-draft", "Insufficient Space On Resource"),
            entry(420, "webdav-draft", "Method Failure"),
            entry(420, "twitter", "Enhance Your Calm"),
            reuse(421, "webdav-draft", "Destination Locked"),
            reuse(425, "webdav-ordering", "Unordered Collection"),
            entry(430, "shopify-legacy", "Request Header Fields Too Large"),
            entry(430, "shopify", "Shopify Security Rejection"),
            entry(440, "iis", "Login Time-out"),
            entry(444, "nginx", "No Response"),
            entry(449, "iis", "Retry With"),
            entry(450, "windows", "Blocked by Windows Parental Controls"),
            reuse(451, "exchange", "Redirect"),
            entry(460, "aws-elb", ""),
            entry(463, "aws-elb", ""),
            entry(464, "aws-elb", ""),
            entry(494, "nginx", "Request header too large"),
            entry(495, "nginx", "SSL Certificate Error"),
            entry(496, "nginx", "SSL Certificate Required"),
            entry(497, "nginx", "HTTP Request Sent to HTTPS Port"),
            entry(498, "esri", "Invalid Token"),
            entry(499, "nginx", "Client Closed Request"),
            entry(499, "esri", "Token Required"),
            reuse(508, "cpanel", "Resource Limit Is Reached"),
            entry(509, "shared-hosting", "Bandwidth Limit Exceeded"),
            entry(520, "cloudflare", "Web Server Returned an Unknown Error"),
            entry(521, "cloudflare", "Web Server Is Down"),
            entry(522, "cloudflare", "Connection Timed Out"),
            entry(523, "cloudflare", "Origin Is Unreachable"),
            entry(524, "cloudflare", "A Timeout Occurred"),
            entry(525, "cloudflare", "SSL Handshake Failed"),
            entry(526, "cloudflare", "Invalid SSL Certificate"),
            entry(527, "cloudflare", "Railgun Error"),
            entry(529, "ssl-labs", "Site is overloaded"),
            entry(530, "cloudflare", "Origin Unavailable"),
            entry(530, "shopify", "Origin DNS Error"),
            entry(530, "pantheon", "Site is frozen"),
            entry(540, "shopify", "Temporarily Disabled"),
            entry(561, "aws-elb", "Unauthorized"),
            entry(598, "proxy", "Network read timeout error"),
            entry(599, "proxy", "Network Connect Timeout Error"),
            entry(783, "shopify", "Unexpected Token"),
            entry(999, "linkedin", "Request denied"));

    /** The entries of each code in 100..599, found without streams: this runs while the registry loads. */
    private static final List<List<UnofficialCode>> BY_CODE = byCode();

    /** Checks that nothing is missing. */
    public UnofficialCode {
        Objects.requireNonNull(originId, "originId");
        Objects.requireNonNull(phrase, "phrase");
    }

    private static UnofficialCode entry(int code, String originId, String phrase) {
        return new UnofficialCode(code, originId, phrase, false);
    }

    private static UnofficialCode reuse(int code, String originId, String phrase) {
        return new UnofficialCode(code, originId, phrase, true);
    }

    private static List<List<UnofficialCode>> byCode() {
        List<List<UnofficialCode>> byCode = new ArrayList<>(HttpStatus.MAX_CODE + 1);
        for (int code = 0; code <= HttpStatus.MAX_CODE; code++) {
            byCode.add(new ArrayList<>(0));
        }
        for (UnofficialCode use : ALL) {
            if (use.isValidStatusCode()) {
                byCode.get(use.code).add(use);
            }
        }
        byCode.replaceAll(List::copyOf);
        return byCode;
    }

    /** The entries for {@code code}, in order of use; empty when no vendor uses it. */
    static List<UnofficialCode> usesOf(int code) {
        return code >= 0 && code <= HttpStatus.MAX_CODE ? BY_CODE.get(code) : List.of();
    }

    /** Every unofficial entry, ordered by code; entries sharing a code keep the order of their use. */
    public static List<UnofficialCode> all() {
        return ALL;
    }

    /** The name of whoever uses this code, in {@code locale}'s language where it has one. */
    public String origin(Locale locale) {
        return Texts.of(locale).value(key() + ".origin");
    }

    /** The explanation of this entry in {@code locale}'s language, or in English where there is none. */
    public StatusText text(Locale locale) {
        return Texts.of(locale).entry(key());
    }

    /** Whether the code lies in 100..599 and so can be sent as an HTTP status. */
    public boolean isValidStatusCode() {
        return code >= HttpStatus.MIN_CODE && code <= HttpStatus.MAX_CODE;
    }

    /** The prefix of this entry's keys in the text bundles, such as {@code "u.499.nginx"}. */
    String key() {
        return "u." + code + "." + originId;
    }

    /** The code and phrase, with the origin in brackets: "499 Client Closed Request (nginx)". */
    @Override
    public String toString() {
        String number = code == 0 ? "000" : Integer.toString(code);
        return (phrase.isEmpty() ? number : number + " " + phrase) + " (" + originId + ")";
    }
}
