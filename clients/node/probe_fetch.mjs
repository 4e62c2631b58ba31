// Node's own fetch (undici) with its defaults: redirects followed, no retries.
import { run } from "./probe_common.mjs";

await run(process.versions.undici ?? process.version, () => ({
  async send(method, url, headers, body) {
    const response = await fetch(url, { method, headers, body });
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
  },
}));
