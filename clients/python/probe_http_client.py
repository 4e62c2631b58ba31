"""The standard library's http.client: one connection, no redirects, no retries; no WebSocket and no HTTP/2, so a
handshake is a GET with the spec's headers."""
import base64
import platform
from http.client import HTTPConnection
from urllib.parse import urlsplit

from probe_common import http_version, run


def proxied(option, url, headers):
    """Through proxy=http://[user:password@]host:port as http.client is used for an http:// target (urllib.request
    does the same): a connection to the proxy, the URL in absolute form as the request target, and the credentials,
    if any, as a Proxy-Authorization header the caller writes (http.client has no authentication of its own).
    set_tunnel is for CONNECT, which an http:// target does not take."""
    proxy = urlsplit(option)
    headers = dict(headers)
    if proxy.username is not None:
        token = base64.b64encode(f"{proxy.username}:{proxy.password}".encode()).decode()
        headers["Proxy-Authorization"] = "Basic " + token
    return (proxy.hostname, proxy.port), url, headers


class Session:
    def __init__(self, options):
        self.options = options
        self.connection = None

    def send(self, method, url, headers, body):
        parts = urlsplit(url)
        target = parts.path + ("?" + parts.query if parts.query else "")
        address = (parts.hostname, parts.port)
        if "proxy" in self.options:
            address, target, headers = proxied(self.options["proxy"], url, headers)
        if self.connection is None:
            self.connection = HTTPConnection(*address)
            if self.options.get("http") == "1.0":
                # http.client has no public switch: the class attributes every answer on the web points to
                self.connection._http_vsn = 10
                self.connection._http_vsn_str = "HTTP/1.0"
        self.connection.request(method, target, body=body, headers=headers)
        response = self.connection.getresponse()
        return (
            response.status,
            response.read(),
            http_version(response.version),
            response.getheader("Proxy-Authenticate"),
        )

    def close(self):
        if self.connection is not None:
            self.connection.close()


run(platform.python_version(), Session)
