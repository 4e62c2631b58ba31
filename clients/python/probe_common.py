"""The loop every Python probe runs (the Java, Node and Go probes run the same one).

First a line with the client's version, then for each request spec read from standard input (one JSON object a
line) one line of what the caller saw: the status and content, or the exception it raised. The runner decides
what that means, so a probe stays a plain user of its client.
"""
import json
import sys
import time

# The options of the spec being sent ({"http": "1.0"}...): a probe reads the ones its client can honour.
options = {}


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
        status, body = call()
        out[prefix + "status"] = status
        out[prefix + "length"] = len(body)
        out[prefix + "body"] = body[:4000].decode("utf-8", "replace")
    except Exception as error:  # what the caller sees is the fact we measure, whatever it is
        out[prefix + "error"] = error_name(error)


def run(version, open_session):
    """open_session() gives a fresh session: send(method, url, headers, body) -> (status, bytes), and close()."""
    print(json.dumps({"version": version}), flush=True)
    for line in sys.stdin:
        spec = json.loads(line)
        body = None
        if spec.get("body") is not None:
            body = (spec["body"] * spec.get("repeat", 1)).encode()
        out = {"case": spec["case"]}
        options.clear()
        options.update(spec.get("options") or {})
        start = time.monotonic()
        session = open_session()
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
