#!/usr/bin/env bash
# Builds httpstatus-VERSION-OS-ARCH.tar.gz, an archive that needs no Java installed: a runtime linked with jlink
# from the JDK that runs the build (just the modules the jar needs, with its class-data archive), the runnable jar,
# the launcher bin/httpstatus, the man page and the shell completions.
# Usage: dist.sh JDK_HOME JAR VERSION TARGET_DIR
set -euo pipefail
jdk="$1" jar="$2" version="$3" target="$4"
here="$(cd "$(dirname "$0")" && pwd)"

os="$(uname -s | tr '[:upper:]' '[:lower:]')"
arch="$(uname -m)"
name="httpstatus-$version"
stage="$target/dist/$name"
rm -rf "$target/dist" && mkdir -p "$stage/lib"

# What `jdeps --ignore-missing-deps --multi-release 17 --print-module-deps httpstatus.jar` prints (it takes 20 s, so
# it is not run on every build; the archive's test runs the command, the server and TLS, which fail if one is
# missing), plus jdk.crypto.ec, which jdeps cannot see: `serve --tls` makes its EC key with keytool.
modules=java.base,java.desktop,java.naming,java.net.http,java.sql,jdk.jfr,jdk.unsupported,jdk.crypto.ec

major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")"
if ((major >= 21)); then compress=zip-6; else compress=2; fi
# --generate-cds-archive: without a class-data archive a linked runtime starts 40-80% slower than the full JDK.
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress="$compress" \
  --generate-cds-archive --output "$stage/runtime"

cp "$jar" "$stage/lib/httpstatus.jar"
# Every file of the archive gets this time stamp, the jar already now, before the training run below reads it.
stamp="${SOURCE_DATE_EPOCH:-$(git -C "$here" log -1 --format=%ct 2>/dev/null || echo 0)}"
touch -d "@$stamp" "$stage/lib/httpstatus.jar"

# JDK 25 and later: the command's AOT cache, trained here with the launcher's flags and lookup, so that the first
# run is as quick as every other, and an install nobody may write to has it too. Such a cache still works when the
# folder is moved: the JVM matches the runtime and the jar by their common prefix. An older JDK's archive records
# the jar's absolute path, so for those the launcher makes it on the first run instead.
if ((major >= 25)); then
  "$stage/runtime/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData \
    -XX:AOTCacheOutput="$stage/lib/httpstatus.aot" -jar "$stage/lib/httpstatus.jar" 404 4xx timeout 超时 >/dev/null 2>&1
  rm -f "$stage/lib/httpstatus.aot.config"
  [[ -s "$stage/lib/httpstatus.aot" ]] || { echo "dist.sh: the AOT cache's training run made no cache" >&2; exit 1; }
fi
mkdir -p "$stage/bin" && install -m 755 "$here/main/dist/bin/httpstatus" "$stage/bin/httpstatus"
cp "$here/../../LICENSE" "$stage/LICENSE"

# The man page and completions come from the command itself, so they cannot drift from its options.
java=("$stage/runtime/bin/java" -jar "$stage/lib/httpstatus.jar")
share="$stage/share"
mkdir -p "$share/man/man1" "$share/bash-completion/completions" "$share/zsh/site-functions" "$share/fish/vendor_completions.d"
"${java[@]}" manpage >"$share/man/man1/httpstatus.1"
"${java[@]}" completion bash >"$share/bash-completion/completions/httpstatus"
"${java[@]}" completion zsh >"$share/zsh/site-functions/_httpstatus"
"${java[@]}" completion fish >"$share/fish/vendor_completions.d/httpstatus.fish"

# The same bytes for the same inputs: sorted names, no owners, one time stamp, gzip without a name or time.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$stamp" -C "$target/dist" -cf - "$name" |
  gzip -n -9 >"$target/$name-$os-$arch.tar.gz"
echo "dist.sh: $target/$name-$os-$arch.tar.gz ($(du -k "$target/$name-$os-$arch.tar.gz" | cut -f1) KiB)"
