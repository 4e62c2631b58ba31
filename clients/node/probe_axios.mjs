// axios with its defaults: redirects followed (follow-redirects), a status outside 2xx rejected as an AxiosError.
import axios from "axios";
import { errorName, run } from "./probe_common.mjs";

// The option proxy=http://[user:password@]host:port as an axios user sets it: the request's proxy, its auth for
// the credentials.
function proxy(options) {
  if (!options.proxy) return {};
  const url = new URL(options.proxy);
  const proxy = { protocol: "http", host: url.hostname, port: Number(url.port) };
  if (url.username) proxy.auth = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  return { proxy };
}

// axios has no WebSocket: the handshake is a GET with the spec's headers. HTTP/2 is its httpVersion: 2 (Node's http2).
await run(axios.VERSION, (options) => ({
  async send(method, url, headers, body) {
    try {
      const config = { method, url, headers, data: body, responseType: "arraybuffer", ...proxy(options) };
      if (options.http === "2") config.httpVersion = 2;
      const response = await axios.request(config);
      return {
        status: response.status,
        body: Buffer.from(response.data),
        protocol: version(response),
        challenge: response.headers["proxy-authenticate"],
      };
    } catch (error) {
      // the caller is given the error, and with it the response when there was one
      if (!error.response) throw error;
      return {
        status: error.response.status,
        body: Buffer.from(error.response.data ?? []),
        error: errorName(error),
        challenge: error.response.headers?.["proxy-authenticate"],
      };
    }
  },
}));

// The HTTP version of the answer, from Node's response under axios's (its http adapter's request.res); an HTTP/2
// stream of Node's http2, which on an http:// URL speaks HTTP/2 at once (it has no h2c Upgrade), is prior knowledge.
function version(response) {
  if (response.request?.constructor?.name === "ClientHttp2Stream") return "HTTP/2 (prior knowledge)";
  const http = response.request?.res?.httpVersion;
  return http ? (http === "2.0" ? "HTTP/2" : `HTTP/${http}`) : undefined;
}
