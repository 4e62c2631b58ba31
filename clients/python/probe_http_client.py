"""The standard library's http.client: one connection, no redirects, no retries."""
import platform
from http.client import HTTPConnection
from urllib.parse import urlsplit

import probe_common
from probe_common import run


class Session:
    def __init__(self):
        self.connection = None

    def send(self, method, url, headers, body):
        parts = urlsplit(url)
        if self.connection is None:
            self.connection = HTTPConnection(parts.hostname, parts.port)
            if probe_common.options.get("http") == "1.0":
                # http.client has no public switch: the class attributes every answer on the web points to
                self.connection._http_vsn = 10
                self.connection._http_vsn_str = "HTTP/1.0"
        target = parts.path + ("?" + parts.query if parts.query else "")
        self.connection.request(method, target, body=body, headers=headers)
        response = self.connection.getresponse()
        return response.status, response.read()

    def close(self):
        if self.connection is not None:
            self.connection.close()


run(platform.python_version(), Session)
