package dev.httpstatus.server.inspect;

import dev.httpstatus.server.exchange.Request;
import io.netty.util.NetUtil;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a request came from and the URL it addressed, as the echo shows them ({@code origin}, {@code url}). By
 * default the connection says both: its peer's address, and whether it is TLS. Behind a proxy the server is told to
 * trust ({@code --trust-forwarded}), the proxy's headers say them, read as go-httpbin reads them; go-httpbin always
 * reads them, which lets any client make the server report an address it chose.
 */
public final class Addressing {
    /** Headers in which hosting platforms name the client, in the order go-httpbin reads them. */
    private static final List<String> CLIENT_HEADERS =
            List.of("Fly-Client-IP", "CF-Connecting-IP", "Fastly-Client-IP", "True-Client-IP");

    private Addressing() {}

    /** The address of the client, without a port. */
    public static String origin(Request request, boolean trustForwarded) {
        if (trustForwarded) {
            Optional<String> forwarded = forwardedClient(request);
            if (forwarded.isPresent()) {
                return forwarded.get();
            }
        }
        return address(request.remoteAddress());
    }

    /** The full URL the client addressed: scheme, Host and the request target as sent. */
    public static String url(Request request, boolean trustForwarded) {
        String scheme = trustForwarded ? forwardedScheme(request).orElse(request.scheme()) : request.scheme();
        return scheme + "://" + request.host() + request.target();
    }

    private static Optional<String> forwardedClient(Request request) {
        for (String name : CLIENT_HEADERS) {
            Optional<String> client = request.header(name).filter(value -> !value.isEmpty());
            if (client.isPresent()) {
                return client;
            }
        }
        return request.header("X-Forwarded-For")
                .filter(value -> !value.isEmpty())
                .map(value -> value.split(",", 2)[0].strip());
    }

    private static Optional<String> forwardedScheme(Request request) {
        Optional<String> named = request.header("X-Forwarded-Proto")
                .or(() -> request.header("X-Forwarded-Protocol"))
                .map(value -> value.strip().toLowerCase(Locale.ROOT))
                .filter(value -> value.equals("http") || value.equals("https"));
        if (named.isPresent()) {
            return named;
        }
        return request.header("X-Forwarded-Ssl").filter("on"::equalsIgnoreCase).map(on -> "https");
    }

    /** An IP address as Go writes it (IPv6 compressed, {@code ::1}), or the address as it is when it is not IP. */
    private static String address(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return NetUtil.toAddressString(inet.getAddress());
        }
        return String.valueOf(address);
    }
}
