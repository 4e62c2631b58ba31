"""urllib3's PoolManager with its defaults: redirects followed, three retries of connection errors."""
import urllib3

from probe_common import http_version, run


class Session:
    def __init__(self, options):
        self.pool = urllib3.PoolManager()

    def send(self, method, url, headers, body):
        response = self.pool.request(method, url, headers=headers, body=body)
        return response.status, response.data, http_version(response.version)

    def close(self):
        self.pool.clear()


run(urllib3.__version__, Session)
