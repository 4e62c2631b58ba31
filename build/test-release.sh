#!/usr/bin/env bash
# The release, tested as a user meets it (bin/test runs this after ./mvnw verify). It signs with a throwaway key in a
# temporary GNUPGHOME, runs bin/release into a temporary folder, then checks:
#   - the staging repository holds exactly what Maven Central requires of each published module: POM, jar, sources
#     and Javadoc jars (a POM alone for the parent), the CycloneDX SBOM, each with a good signature (.asc) and
#     correct .md5, .sha1, .sha256 and .sha512; and the POMs carry what Central asks of them;
#   - the archive works where no Java is installed: unpacked, with a PATH that has no java and JAVA_HOME unset,
#     `bin/httpstatus 404` explains the code, and `serve` (plain and --tls) answers a request;
#   - the runnable jar says its version;
#   - the container image works under podman (build/test-image.sh).
# Usage: build/test-release.sh [MAVEN_ARGS...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version=0.1.0
work="$(mktemp -d "${TMPDIR:-/tmp}/httpstatus-release-test.XXXXXX")"
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  GNUPGHOME="$work/gnupg" gpgconf --kill gpg-agent 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

echo "== release $version, signed with a throwaway key"
export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-generate-key 'httpstatus release test <release-test@httpstatus.invalid>' \
  ed25519 sign 1d 2>/dev/null
# Built with JDK 25 where the machine has one, as docs/deploy.md advises: its archive brings the command's AOT cache,
# trained at build time, which is checked below.
for jdk in /usr/lib/jvm/temurin-25-jdk-*; do
  [[ -x "$jdk/bin/jlink" ]] && export JAVA_HOME="$jdk"
done
"$root/bin/release" "$version" "$work/out" -q "$@"

echo "== the staging repository"
staging="$work/out/staging/dev/httpstatus"
# Every module of the main build is published, but those that say they are not.
published=(httpstatus-parent)
while IFS= read -r module; do
  grep -q '<maven.deploy.skip>true</maven.deploy.skip>' "$root/$module/pom.xml" || published+=("$module")
done < <(sed -n 's#^    <module>\(.*\)</module>$#\1#p' "$root/pom.xml")
[[ "$(ls "$staging" | sort)" == "$(printf '%s\n' "${published[@]}" | sort)" ]] ||
  fail "staged modules are $(ls "$staging" | tr '\n' ' '); expected ${published[*]}"

for module in "${published[@]}"; do
  dir="$staging/$module/$version"
  base="$module-$version"
  if [[ "$module" == httpstatus-parent ]]; then
    artifacts=("$base.pom" "$base-cyclonedx.json")
  else
    artifacts=("$base.pom" "$base.jar" "$base-sources.jar" "$base-javadoc.jar" "$base-cyclonedx.json")
  fi
  expected=()
  for artifact in "${artifacts[@]}"; do
    for suffix in "" .asc .md5 .sha1 .sha256 .sha512; do expected+=("$artifact$suffix"); done
  done
  missing="$(comm -13 <(ls "$dir" 2>/dev/null | sort) <(printf '%s\n' "${expected[@]}" | sort) | tr '\n' ' ')"
  extra="$(comm -23 <(ls "$dir" 2>/dev/null | sort) <(printf '%s\n' "${expected[@]}" | sort) | tr '\n' ' ')"
  [[ -z "$missing$extra" ]] || fail "$module: missing [${missing% }], not expected [${extra% }]"
  for artifact in "${artifacts[@]}"; do
    file="$dir/$artifact"
    [[ -s "$file" ]] || continue
    gpg --batch --quiet --verify "$file.asc" "$file" 2>/dev/null || fail "$artifact: bad signature"
    for sum in md5 sha1 sha256 sha512; do
      [[ "$(cat "$file.$sum" 2>/dev/null)" == "$(${sum}sum "$file" | cut -d' ' -f1)" ]] || fail "$artifact.$sum is wrong"
    done
  done
  pom="$dir/$base.pom"
  for element in name description; do
    grep -q "^  <$element>..*</$element>" "$pom" || fail "$module: the POM has no <$element>"
  done
  python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); assert b["bomFormat"]=="CycloneDX" and b["metadata"]["component"]["name"]==sys.argv[2], b["metadata"]' \
    "$dir/$base-cyclonedx.json" "$module" || fail "$module: the SBOM is not CycloneDX for $module"
  if [[ "$module" != httpstatus-parent ]]; then
    jar tf "$dir/$base-sources.jar" | grep '\.java$' >/dev/null || fail "$module: the sources jar holds no source"
    jar tf "$dir/$base-javadoc.jar" | grep 'index.html$' >/dev/null || fail "$module: the Javadoc jar holds no index.html"
  fi
done
# What the modules inherit from the parent: Central rejects a POM chain without them.
parent="$staging/httpstatus-parent/$version/httpstatus-parent-$version.pom"
for element in url licenses developers scm; do
  grep -q "^  <$element[ >]" "$parent" || fail "the parent POM has no <$element>"
done

echo "== the archive, on a PATH without java"
archive="$work/out/httpstatus-$version-linux-$(uname -m).tar.gz"
(cd "$work/out" && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS does not match the downloads"
mkdir "$work/unpacked" "$work/tools" "$work/home"
tar -C "$work/unpacked" -xzf "$archive"
home="$work/unpacked/httpstatus-$version"
# Only the tools a machine without Java has: /usr/bin itself holds a java link on a machine with a JDK.
for tool in bash env sed cksum cut mkdir mv rm readlink cat; do ln -s "$(command -v "$tool")" "$work/tools/$tool"; done
nojava=(env -u JAVA_HOME -u JDK_HOME PATH="$work/tools" HOME="$work/home")
"${nojava[@]}" bash -c 'command -v java' >/dev/null && fail "the test's PATH has a java"

runtime_major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/runtime/release")"
if ((runtime_major >= 25)); then
  # The cache trained at build time serves the very first run (AOTMode=on fails the run if it cannot be used), and
  # nothing is written, neither beside the jar nor in the user's cache.
  [[ -s "$home/lib/httpstatus.aot" ]] || fail "the JDK $runtime_major archive brings no AOT cache"
  before="$(ls "$home/lib")"
  out="$("${nojava[@]}" HTTPSTATUS_JAVA_OPTS=-XX:AOTMode=on "$home/bin/httpstatus" 404 2>&1)" ||
    fail "bin/httpstatus 404 with the shipped AOT cache required failed: $out"
  [[ "$out" == "404 Not Found"* ]] || fail "bin/httpstatus 404 with the shipped AOT cache printed: $out"
  [[ "$(ls "$home/lib")" == "$before" && ! -e "$work/home/.cache" ]] || fail "the first run wrote a cache of its own"
fi
for run in first second; do
  out="$("${nojava[@]}" "$home/bin/httpstatus" 404 2>&1)" || fail "bin/httpstatus 404 ($run run) failed: $out"
  [[ "$out" == "404 Not Found"* ]] || fail "bin/httpstatus 404 ($run run) printed: $out"
done
[[ -s "$home/lib/httpstatus.jsa" || -s "$home/lib/httpstatus.aot" ]] || fail "the first run made no class-data archive"
out="$("${nojava[@]}" "$home/bin/httpstatus" --lang=zh 503 2>&1)" || true
[[ "$out" == *服务* ]] || fail "bin/httpstatus --lang=zh 503 printed: $out"
grep -q '^\.TH HTTPSTATUS 1' "$home/share/man/man1/httpstatus.1" || fail "no man page"
for completion in bash-completion/completions/httpstatus zsh/site-functions/_httpstatus \
  fish/vendor_completions.d/httpstatus.fish; do
  grep -q serve "$home/share/$completion" || fail "the completion share/$completion does not know serve"
done

# Starts `serve ARGS...` from the archive on a free port; sets url to where it says it listens.
serve() {
  local log="$work/serve-$#.log" deadline=$((SECONDS + 60))
  url=""
  : >"$log"
  "${nojava[@]}" "$home/bin/httpstatus" serve --port 0 "$@" >"$log" 2>&1 &
  pids+=($!)
  while [[ -z "$url" ]] && ((SECONDS < deadline)) && kill -0 "${pids[-1]}" 2>/dev/null; do
    url="$(sed -n 's#.*listening on \(https\?://[^ ]*\).*#\1#p' "$log")"
    [[ -n "$url" ]] || sleep 0.1
  done
  [[ -n "$url" ]] || { fail "serve $* did not start: $(cat "$log")"; return 1; }
}
if serve; then
  code="$(curl -s -o /dev/null -w '%{http_code}' "$url/status/418")"
  [[ "$code" == 418 ]] || fail "serve answered $code to /status/418"
fi
if serve --tls; then
  got="$(curl -sk --http2 -o /dev/null -w '%{http_code} %{http_version}' "$url/status/418")"
  [[ "$got" == "418 2" ]] || fail "serve --tls answered '$got' to /status/418 (expected 418 over HTTP/2)"
fi

echo "== the runnable jar"
out="$(java -jar "$work/out/httpstatus-$version.jar" --version)"
[[ "$out" == "httpstatus $version" ]] || fail "the jar's --version printed: $out"

echo "== the container image"
"$root/build/test-image.sh" "$work/out/httpstatus-$version-image.tar" || fail "the container image (above)"

size="$(du -k "$archive" | cut -f1)"
if ((failures)); then
  echo "release: $failures checks failed" >&2
  exit 1
fi
echo "release: all checks passed (archive $((size / 1024)) MiB)"
