"""httpx's Client with redirects followed (its default is not to), otherwise defaults: a 5 s timeout, no retries."""
import httpx

from probe_common import run


class Session:
    def __init__(self, options):
        # http2=True is httpx's way to ask for HTTP/2 (it needs the h2 package); it offers h2 by ALPN over TLS only.
        # A proxy: httpx 0.23's proxies= (proxy= from 0.26 on), credentials in the proxy's URL.
        self.client = httpx.Client(
            follow_redirects=True, http2=options.get("http") == "2", proxies=options.get("proxy")
        )

    def send(self, method, url, headers, body):
        response = self.client.request(method, url, headers=headers, content=body)
        return (
            response.status_code,
            response.content,
            response.http_version,
            response.headers.get("Proxy-Authenticate"),
        )

    def close(self):
        self.client.close()


run(httpx.__version__, Session)
