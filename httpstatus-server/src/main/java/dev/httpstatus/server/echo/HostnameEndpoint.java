package dev.httpstatus.server.echo;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.inspect.EchoJson;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * {@code /hostname}: {@code {"hostname": "httpstatus"}}, or the machine's host name when the server is told to
 * show it ({@code --real-hostname}): a public server does not tell its clients what its machine is called unless
 * its operator wants it to, as go-httpbin does not.
 */
final class HostnameEndpoint implements Endpoint {
    /** What the server calls itself when it does not tell its host name. */
    static final String ANONYMOUS = "httpstatus";

    private final String hostname;

    private HostnameEndpoint(String hostname) {
        this.hostname = hostname;
    }

    /** The endpoint, with the machine's host name looked up now, once, when it is to be shown. */
    static HostnameEndpoint of(boolean real) {
        return new HostnameEndpoint(real ? machineName() : ANONYMOUS);
    }

    private static String machineName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // The machine has a name that does not resolve: Java names it before the first colon of the message.
            String message = String.valueOf(e.getMessage());
            int colon = message.indexOf(':');
            return colon > 0 ? message.substring(0, colon) : ANONYMOUS;
        }
    }

    @Override
    public void handle(Exchange exchange) {
        exchange.answer(EchoJson.response(exchange, 128, json -> json.writeStringField("hostname", hostname)));
    }
}
