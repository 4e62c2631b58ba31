// The loop every Node probe runs (the Java, Python and Go probes run the same one): a line with the client's
// version, then for each request spec read from standard input (one JSON object a line) one line of what the
// caller saw: the status and content, or the error it was given. The runner decides what that means.
import { createInterface } from "node:readline";

// The error's name, and its cause's code or name, as a caller would tell them apart.
export function errorName(error) {
  let name = error?.name ?? String(error);
  if (error?.code) name += ` ${error.code}`;
  const cause = error?.cause;
  if (cause) name += ` (${cause.code ?? cause.name ?? cause})`;
  return name;
}

async function seen(out, prefix, call) {
  try {
    const { status, body, error, protocol, challenge } = await call();
    if (status !== undefined) out[prefix + "status"] = status;
    if (body !== undefined) {
      out[prefix + "length"] = body.length;
      out[prefix + "body"] = body.subarray(0, 4000).toString("utf8");
    }
    if (error !== undefined) out[prefix + "error"] = error;
    if (protocol !== undefined) out[prefix + "protocol"] = protocol;
    if (challenge) out[prefix + "challenge"] = challenge;
  } catch (error) {
    out[prefix + "error"] = errorName(error);
  }
}

// openSession(options) gives a fresh session: { send(method, url, headers, body) -> {status, body, protocol?,
// challenge?}, close() }; options are the spec's (such as { http: "2" } or { proxy: "http://host:port" }), absent
// keys meaning plain HTTP/1.1.
export async function run(version, openSession) {
  console.log(JSON.stringify({ version }));
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    const spec = JSON.parse(line);
    // a string, as most callers pass one (a pooled Buffer's memory is detached by fetch, so a 307 cannot resend it)
    const body = spec.body == null ? undefined : spec.body.repeat(spec.repeat ?? 1);
    const out = { case: spec.case };
    const start = performance.now();
    const session = openSession(spec.options ?? {});
    await seen(out, "", () => session.send(spec.method, spec.url, spec.headers ?? {}, body));
    if (spec.then) await seen(out, "then_", () => session.send("GET", spec.then, {}, undefined));
    await session.close?.();
    out.ms = Math.round(performance.now() - start);
    console.log(JSON.stringify(out));
  }
  process.exit(0);
}
