"""httpx's Client with redirects followed (its default is not to), otherwise defaults: a 5 s timeout, no retries."""
import httpx

from probe_common import run


class Session:
    def __init__(self):
        self.client = httpx.Client(follow_redirects=True)

    def send(self, method, url, headers, body):
        response = self.client.request(method, url, headers=headers, content=body)
        return response.status_code, response.content

    def close(self):
        self.client.close()


run(httpx.__version__, Session)
