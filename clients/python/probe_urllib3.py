"""urllib3's PoolManager with its defaults: redirects followed, three retries of connection errors."""
import urllib3

from urllib.parse import urlsplit

from probe_common import http_version, run


def proxy_manager(option):
    """A ProxyManager for proxy=http://[user:password@]host:port; credentials as its docs say, in proxy_headers."""
    parts = urlsplit(option)
    headers = None
    if parts.username is not None:
        headers = urllib3.make_headers(proxy_basic_auth=f"{parts.username}:{parts.password}")
    return urllib3.ProxyManager(f"http://{parts.hostname}:{parts.port}", proxy_headers=headers)


class Session:
    def __init__(self, options):
        if "proxy" in options:
            self.pool = proxy_manager(options["proxy"])
        else:
            self.pool = urllib3.PoolManager()

    def send(self, method, url, headers, body):
        response = self.pool.request(method, url, headers=headers, body=body)
        return (
            response.status,
            response.data,
            http_version(response.version),
            response.headers.get("Proxy-Authenticate"),
        )

    def close(self):
        self.pool.clear()


run(urllib3.__version__, Session)
