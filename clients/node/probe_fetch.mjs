// Node's own fetch (undici) with its defaults: redirects followed, no retries.
import { run } from "./probe_common.mjs";

// Node 20's fetch takes no proxy: no option of fetch or of node:http names one, and undici's ProxyAgent is not
// reachable without the undici package. What its users try is HTTP_PROXY, so the option proxy=… sets it (with
// the credentials in its URL) for the request; Node 22.21 and later read it at start-up under NODE_USE_ENV_PROXY=1.
function withProxy(options, call) {
  const proxy = options.proxy;
  if (!proxy) return call();
  process.env.HTTP_PROXY = proxy;
  return call().finally(() => delete process.env.HTTP_PROXY);
}

await run(process.versions.undici ?? process.version, (options) => ({
  async send(method, url, headers, body) {
    // the handshake request is the WebSocket (the follow-up request after it is plain HTTP)
    if (options.websocket && headers.Upgrade) return webSocket(url, headers);
    const response = await withProxy(options, () => fetch(url, { method, headers, body }));
    return {
      status: response.status,
      body: Buffer.from(await response.arrayBuffer()),
      challenge: response.headers.get("proxy-authenticate") ?? undefined,
    };
  },
}));

// Node's global WebSocket (undici's, like fetch) where this Node has one: Node 20 only with --experimental-websocket,
// Node 22 by default. Without it a user has fetch, and sends it the handshake's headers. fetch has no HTTP/2 on an
// http:// URL and tells no protocol: the runner reads the server's view for that.
async function webSocket(url, headers) {
  if (typeof WebSocket !== "function") {
    const response = await fetch(url, { headers });
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
  }
  const socket = new WebSocket(url.replace(/^http/, "ws"));
  const echo = await new Promise((resolve, reject) => {
    socket.onopen = () => socket.send("probe-body");
    socket.onmessage = (event) => resolve(String(event.data));
    socket.onerror = (event) => reject(event.error ?? new Error("WebSocket error"));
  });
  socket.close();
  return { status: 101, body: Buffer.from(echo) };
}
