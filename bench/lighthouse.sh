#!/usr/bin/env bash
# Lighthouse (from npm, pinned) in Debian's Chromium against a fresh `httpstatus serve`: the index, a code page in
# each language, a search, the API page and the unofficial codes, each with the mobile and the desktop preset.
# Prints a Markdown table of the four category scores and every audit that lost points; docs/lighthouse.md keeps
# the last run. The JSON reports stay in target/lighthouse/reports. Exits 1 when a category is below 100.
# PAGES="/ /codes/404?lang=zh" narrows the run. The server listens on a free port it picks itself.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
work="$root/target/lighthouse"
version=12.8.2
read -r -a pages <<<"${PAGES:-/?lang=en /?lang=zh /codes/404?lang=en /codes/404?lang=zh /codes/503?lang=zh /search?q=timeout&lang=en /search?q=超时&lang=zh /docs/api?lang=en /unofficial?lang=en}"

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v npm >/dev/null || need+=(npm)
command -v python3 >/dev/null || need+=(python3)
fc-list 2>/dev/null | grep -q "Noto Sans CJK" || need+=(fonts-noto-cjk)
if ((${#need[@]})); then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [[ ! -x "$work/node_modules/.bin/lighthouse" ]]; then
  npm install --prefix "$work" --no-audit --no-fund --loglevel=error "lighthouse@$version" >/dev/null
fi
[[ -f httpstatus-cli/target/httpstatus.jar ]] || ./mvnw -q -B -DskipTests package

mkdir -p "$work"
java -jar httpstatus-cli/target/httpstatus.jar serve --port 0 --quiet >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
port=
for _ in $(seq 150); do
  port="$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/server.log")"
  [[ -n $port ]] && curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.2
done
[[ -n $port ]] || { cat "$work/server.log"; exit 2; }

reports="$work/reports"
rm -rf "$reports" && mkdir -p "$reports"
n=0
for page in "${pages[@]}"; do
  for preset in mobile desktop; do
    n=$((n + 1))
    flags=()
    [[ $preset == desktop ]] && flags+=(--preset=desktop)
    CHROME_PATH=/usr/bin/chromium "$work/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$page" \
      "${flags[@]}" --quiet --output=json --output-path="$reports/$n-$preset.json" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" || true
  done
done

python3 - "$reports" <<'PY'
import json, pathlib, sys, urllib.parse
rows, misses, worst = [], {}, 100
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.json"), key=lambda p: int(p.stem.split("-")[0])):
    report = json.loads(path.read_text())
    url = urllib.parse.unquote(report["finalDisplayedUrl"].split("/", 3)[3])
    preset = path.stem.split("-")[1]
    cats = report["categories"]
    scores = [round((cats[c]["score"] or 0) * 100) for c in ("performance", "accessibility", "best-practices", "seo")]
    worst = min(worst, *scores)
    audits = report["audits"]
    m = lambda a: audits[a].get("displayValue", "")
    rows.append(f"| `/{url}` | {preset} | " + " | ".join(map(str, scores))
                + f" | {m('first-contentful-paint')} | {m('largest-contentful-paint')} | {m('total-blocking-time')} | {m('cumulative-layout-shift')} |")
    for cat in cats.values():
        for ref in cat["auditRefs"]:
            audit = audits[ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                misses.setdefault(ref["id"], []).append(f"/{url} {preset}")
print("| page | preset | perf | a11y | best-pr. | SEO | FCP | LCP | TBT | CLS |")
print("|---|---|---|---|---|---|---|---|---|---|")
print("\n".join(rows))
print()
if misses:
    print("Audits that lost points:\n")
    for audit, where in sorted(misses.items()):
        print(f"- `{audit}`: {', '.join(where)}")
else:
    print("No weighted audit lost points.")
sys.exit(0 if worst == 100 else 1)
PY
