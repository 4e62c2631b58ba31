#!/usr/bin/env bash
# Lays out the image's layers from the release archive's folder (the jlink runtime and the jar) and this machine's
# C library, for an image FROM scratch: no registry is needed for a base, and the image holds only what runs.
# Usage: layers.sh DIST_DIR LAYERS_DIR
set -euo pipefail
dist="$1" layers="$2"
rm -rf "$layers" && mkdir -p "$layers/libc/lib/x86_64-linux-gnu" "$layers/libc/lib64" "$layers/libc/etc" \
  "$layers/java/opt" "$layers/app/app/temp"

# What the runtime and Netty's epoll library load. Debian's OpenJDK also links zlib, libstdc++ and libgcc_s (a
# Temurin runtime would not need them); the AWT libraries of java.desktop are never loaded, so X11 is left out.
for lib in libc.so.6 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1 libz.so.1 libstdc++.so.6 libgcc_s.so.1; do
  cp -L "/lib/x86_64-linux-gnu/$lib" "$layers/libc/lib/x86_64-linux-gnu/"
done
cp -L /lib64/ld-linux-x86-64.so.2 "$layers/libc/lib64/"
printf 'root:x:0:0:root:/:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' >"$layers/libc/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$layers/libc/etc/group"

cp -a "$dist/runtime" "$layers/java/opt/java"
cp "$dist/lib/httpstatus.jar" "$layers/app/app/httpstatus.jar"
