// Node's own fetch (undici) with its defaults: redirects followed, no retries.
import { options, run } from "./probe_common.mjs";

// Node 20's fetch takes no proxy: no option of fetch or of node:http names one, and undici's ProxyAgent is not
// reachable without the undici package. What its users try is HTTP_PROXY, so the option proxy=… sets it (with
// the credentials in its URL) for the request; Node 22.21 and later read it at start-up under NODE_USE_ENV_PROXY=1.
function withProxy(call) {
  const proxy = options().proxy;
  if (!proxy) return call();
  process.env.HTTP_PROXY = proxy;
  return call().finally(() => delete process.env.HTTP_PROXY);
}

await run(process.versions.undici ?? process.version, () => ({
  async send(method, url, headers, body) {
    const response = await withProxy(() => fetch(url, { method, headers, body }));
    return {
      status: response.status,
      body: Buffer.from(await response.arrayBuffer()),
      challenge: response.headers.get("proxy-authenticate") ?? undefined,
    };
  },
}));
