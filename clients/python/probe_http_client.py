"""The standard library's http.client: one connection, no redirects, no retries; no WebSocket and no HTTP/2, so a
handshake is a GET with the spec's headers."""
import platform
from http.client import HTTPConnection
from urllib.parse import urlsplit

from probe_common import http_version, run


class Session:
    def __init__(self, options):
        self.connection = None

    def send(self, method, url, headers, body):
        parts = urlsplit(url)
        if self.connection is None:
            self.connection = HTTPConnection(parts.hostname, parts.port)
        target = parts.path + ("?" + parts.query if parts.query else "")
        self.connection.request(method, target, body=body, headers=headers)
        response = self.connection.getresponse()
        return response.status, response.read(), http_version(response.version)

    def close(self):
        if self.connection is not None:
            self.connection.close()


run(platform.python_version(), Session)
