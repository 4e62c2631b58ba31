"""httpx's Client with redirects followed (its default is not to), otherwise defaults: a 5 s timeout, no retries."""
import httpx

from probe_common import options, run


class Session:
    def __init__(self):
        if "proxy" in options():
            # httpx 0.23's proxies= (proxy= from 0.26 on), credentials in the proxy's URL
            self.client = httpx.Client(follow_redirects=True, proxies=options()["proxy"])
        else:
            self.client = httpx.Client(follow_redirects=True)

    def send(self, method, url, headers, body):
        response = self.client.request(method, url, headers=headers, content=body)
        return response.status_code, response.content, response.headers.get("Proxy-Authenticate")

    def close(self):
        self.client.close()


run(httpx.__version__, Session)
