// axios with its defaults: redirects followed (follow-redirects), a status outside 2xx rejected as an AxiosError.
import axios from "axios";
import { errorName, options, run } from "./probe_common.mjs";

// The option proxy=http://[user:password@]host:port as an axios user sets it: the request's proxy, its auth for
// the credentials.
function proxy() {
  if (!options().proxy) return {};
  const url = new URL(options().proxy);
  const proxy = { protocol: "http", host: url.hostname, port: Number(url.port) };
  if (url.username) proxy.auth = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  return { proxy };
}

await run(axios.VERSION, () => ({
  async send(method, url, headers, body) {
    try {
      const response = await axios.request({ method, url, headers, data: body, responseType: "arraybuffer", ...proxy() });
      return { status: response.status, body: Buffer.from(response.data), challenge: response.headers["proxy-authenticate"] };
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
