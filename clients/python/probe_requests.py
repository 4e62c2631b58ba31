"""requests with a Session and its defaults: redirects followed, no retries."""
import requests

from probe_common import http_version, run


class Session:
    def __init__(self, options):
        self.session = requests.Session()

    def send(self, method, url, headers, body):
        response = self.session.request(method, url, headers=headers, data=body)
        return response.status_code, response.content, http_version(response.raw.version)

    def close(self):
        self.session.close()


run(requests.__version__, Session)
