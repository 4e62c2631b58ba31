"""The loop every Python probe runs (the Java, Node and Go probes run the same one).

First a line with the client's version, then for each request spec read from standard input (one JSON object a
line) one line of what the caller saw: the status and content, or the exception it raised. The runner decides
what that means, so a probe stays a plain user of its client.
"""
import json
import sys
import time

def error_name(error):
    """The exception's class, as a caller would catch it; and its cause's, when it wraps one."""
    name = type(error).__module__ + "." + type(error).__qualname__
    name = name.removeprefix("builtins.")
    cause = error.__cause__ or error.__context__
    if cause is not None and cause is not error:
        inner = type(cause).__module__ + "." + type(cause).__qualname__
        name += " (" + inner.removeprefix("builtins.") + ")"
    return name


def _seen(out, prefix, call):
    try:
        # (status, body), or with the protocol, or with the protocol and the Proxy-Authenticate the caller was given
        status, body, *more = call()
        out[prefix + "status"] = status
        if len(more) > 0 and more[0]:
            out[prefix + "protocol"] = more[0]
        if len(more) > 1 and more[1]:
            out[prefix + "challenge"] = more[1]
        out[prefix + "length"] = len(body)
        out[prefix + "body"] = body[:4000].decode("utf-8", "replace")
    except Exception as error:  # what the caller sees is the fact we measure, whatever it is
        out[prefix + "error"] = error_name(error)


def http_version(number):
    """http.client's version number (11) as a protocol's name (HTTP/1.1)."""
    return "HTTP/%d.%d" % divmod(number, 10) if number else None


def run(version, open_session):
    """open_session(options) gives a fresh session: send(method, url, headers, body) -> (status, bytes), or with the
    protocol, or with the protocol and the Proxy-Authenticate challenge; and close(). The options are the spec's
    ({"http": "2"}, {"proxy": "http://host:port"}); absent keys mean plain.
    """
    print(json.dumps({"version": version}), flush=True)
    for line in sys.stdin:
        spec = json.loads(line)
        body = None
        if spec.get("body") is not None:
            body = (spec["body"] * spec.get("repeat", 1)).encode()
        out = {"case": spec["case"]}
        start = time.monotonic()
        session = open_session(spec.get("options") or {})
        try:
            _seen(out, "", lambda: session.send(spec["method"], spec["url"], spec.get("headers", {}), body))
            if spec.get("then"):
                _seen(out, "then_", lambda: session.send("GET", spec["then"], {}, None))
        finally:
            try:
                session.close()
            except Exception:
                pass
        out["ms"] = int((time.monotonic() - start) * 1000)
        print(json.dumps(out), flush=True)
