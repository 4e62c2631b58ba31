"""requests with a Session and its defaults: redirects followed, no retries."""
import requests

from probe_common import http_version, run


class Session:
    def __init__(self, options):
        self.session = requests.Session()
        if "proxy" in options:
            # as requests users set a proxy: the proxies mapping, credentials in the proxy's URL
            self.session.proxies = {"http": options["proxy"]}

    def send(self, method, url, headers, body):
        response = self.session.request(method, url, headers=headers, data=body)
        return (
            response.status_code,
            response.content,
            http_version(response.raw.version),
            response.headers.get("Proxy-Authenticate"),
        )

    def close(self):
        self.session.close()


run(requests.__version__, Session)
