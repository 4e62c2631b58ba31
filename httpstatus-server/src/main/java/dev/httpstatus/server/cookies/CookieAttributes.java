package dev.httpstatus.server.cookies;

import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The attributes of the cookies a request sets, as go-httpbin gives them: {@code Path=/} and {@code HttpOnly},
 * {@code Secure} over HTTPS, each changed by an {@code attr[Name]=} query parameter (names in any case): {@code
 * attr[Path]=/a}, {@code attr[Domain]=example.org}, {@code attr[HttpOnly]=false}, {@code attr[Secure]=true}, {@code
 * attr[SameSite]=Strict|Lax|None}. Set-Cookie is written in the order go-httpbin writes it.
 *
 * @param path the Path attribute
 * @param domain the Domain attribute, if any
 * @param httpOnly whether scripts may not read the cookie
 * @param secure whether the cookie goes over HTTPS only
 * @param sameSite the SameSite attribute, if any
 */
record CookieAttributes(
        String path, Optional<String> domain, boolean httpOnly, boolean secure, Optional<String> sameSite) {
    /** RFC 6265 §4.1.1: a cookie's name is a token. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** The characters of a cookie value (cookie-octet), and space and comma, which go in quotes as browsers take them. */
    private static final Pattern VALUE = Pattern.compile("[\\x20!#-:<-\\[\\]-~]*");
    /** A path: printable ASCII without the semicolon that would end the attribute. */
    private static final Pattern PATH = Pattern.compile("[\\x20-:<-~]*");

    private static final Pattern DOMAIN = Pattern.compile("\\.?[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");
    private static final String EXPIRED = "Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0";

    /** Whether the query parameter {@code name} is an attribute ({@code attr[Secure]}) rather than a cookie. */
    static boolean isAttribute(String name) {
        return name.startsWith("attr[") && name.endsWith("]");
    }

    /**
     * The attributes {@code request} asks for.
     *
     * @throws Problem 400 for an attribute this server does not set, or a Path or Domain a header cannot carry
     */
    static CookieAttributes of(Request request) {
        CookieAttributes attributes =
                new CookieAttributes("/", Optional.empty(), true, isHttps(request), Optional.empty());
        for (Map.Entry<String, List<String>> parameter :
                request.queryParameters().entrySet()) {
            String name = parameter.getKey();
            if (isAttribute(name)) {
                attributes = attributes.with(
                        name.substring(5, name.length() - 1),
                        parameter.getValue().get(0));
            }
        }
        return attributes;
    }

    private CookieAttributes with(String attribute, String value) {
        return switch (attribute.toLowerCase(Locale.ROOT)) {
            case "path" -> new CookieAttributes(checked(PATH, "Path", value), domain, httpOnly, secure, sameSite);
            case "domain" ->
                new CookieAttributes(path, Optional.of(checked(DOMAIN, "Domain", value)), httpOnly, secure, sameSite);
            case "httponly" -> new CookieAttributes(path, domain, isTrue(value), secure, sameSite);
            case "secure" -> new CookieAttributes(path, domain, httpOnly, isTrue(value), sameSite);
            case "samesite" -> new CookieAttributes(path, domain, httpOnly, secure, sameSite(value));
            default -> throw Problem.badRequest("cookies.attribute", attribute);
        };
    }

    /** As go-httpbin reads a flag: 1 or true, in any case; anything else is false. */
    private static boolean isTrue(String value) {
        return value.equals("1") || value.equalsIgnoreCase("true");
    }

    /** Strict, Lax or None in any case; any other value leaves the attribute out, as go-httpbin does. */
    private static Optional<String> sameSite(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "strict" -> Optional.of("Strict");
            case "lax" -> Optional.of("Lax");
            case "none" -> Optional.of("None");
            default -> Optional.empty();
        };
    }

    private static String checked(Pattern allowed, String attribute, String value) {
        if (!allowed.matcher(value).matches()) {
            throw Problem.badRequest("cookies.attributeValue", attribute, value);
        }
        return value;
    }

    /** HTTPS, seen by the server or, behind a proxy, said by X-Forwarded-Proto, X-Forwarded-Protocol or X-Forwarded-Ssl. */
    private static boolean isHttps(Request request) {
        Optional<String> forwarded =
                request.header("X-Forwarded-Proto").or(() -> request.header("X-Forwarded-Protocol"));
        if (forwarded.isPresent()) {
            return forwarded.get().equalsIgnoreCase("https");
        }
        return request.header("X-Forwarded-Ssl")
                        .map(on -> on.equalsIgnoreCase("on"))
                        .orElse(false)
                || request.scheme().equals("https");
    }

    /**
     * The Set-Cookie value that sets {@code name} to {@code value}.
     *
     * @throws Problem 400 when the name is not a token or the value has a character a cookie cannot hold
     */
    String setCookie(String name, String value) {
        if (!TOKEN.matcher(name).matches()) {
            throw Problem.badRequest("cookies.name", name);
        }
        if (!VALUE.matcher(value).matches()) {
            throw Problem.badRequest("cookies.value", name, value);
        }
        boolean quoted = value.indexOf(' ') >= 0 || value.indexOf(',') >= 0;
        return attributes(name + "=" + (quoted ? "\"" + value + "\"" : value), false);
    }

    /** The Set-Cookie value that expires {@code name}: empty, with Expires in the past and Max-Age=0. */
    String expire(String name) {
        if (!TOKEN.matcher(name).matches()) {
            throw Problem.badRequest("cookies.name", name);
        }
        return attributes(name + "=", true);
    }

    private String attributes(String pair, boolean expired) {
        StringBuilder header = new StringBuilder(pair);
        if (!path.isEmpty()) {
            header.append("; Path=").append(path);
        }
        domain.ifPresent(d -> header.append("; Domain=").append(d.startsWith(".") ? d.substring(1) : d));
        if (expired) {
            header.append("; ").append(EXPIRED);
        }
        if (httpOnly) {
            header.append("; HttpOnly");
        }
        if (secure) {
            header.append("; Secure");
        }
        sameSite.ifPresent(s -> header.append("; SameSite=").append(s));
        return header.toString();
    }
}
