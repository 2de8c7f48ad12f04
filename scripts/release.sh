#!/usr/bin/env bash
# Builds the release archive of scopecheck for this machine's Linux architecture:
#
#   OUTPUT_DIR/scopecheck-VERSION-linux-ARCH.tar.gz         the folder scopecheck-VERSION-linux-ARCH/
#                                                             with the `scopecheck` executable and README.md
#   OUTPUT_DIR/scopecheck-VERSION-linux-ARCH.tar.gz.sha256  its `sha256sum` line
#
# The binary needs no Swift on the machine that runs it: the Swift runtime and Foundation are
# linked statically (--static-swift-stdlib), it has no rpath into the toolchain
# (--disable-local-rpath), and it links no networking library (`spec fetch` runs the system's
# curl). It needs only the C and C++ runtime every Linux has (libc, libm, libstdc++, libgcc_s).
#
# The release is built from HEAD, exported with `git archive` (uncommitted changes are not in
# it), with HEAD's commit written into Sources/Core/ToolVersion.swift so that
# `scopecheck --version` names it. The archive is reproducible: sorted names, owner 0, every
# file dated at the commit's time, gzip without a timestamp.
#
# Usage: bash scripts/release.sh [OUTPUT_DIR]   (default .build-release/dist)
# Needs git, swift (6.x), tar, gzip, sha256sum; strip when present.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
output="$(mkdir -p "${1:-$root/.build-release/dist}" && cd "${1:-$root/.build-release/dist}" && pwd)"
commit="$(git -C "$root" rev-parse HEAD)"
version="$(sed -n 's/^    public static let current = "\(.*\)"$/\1/p' "$root/Sources/Core/ToolVersion.swift")"
[ -n "$version" ] || { echo "release: no version found in Sources/Core/ToolVersion.swift" >&2; exit 1; }
case "$(uname -m)" in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) echo "release: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
name="scopecheck-$version-linux-$arch"

# Always a clean build: an incremental build after a change to a struct's stored properties in
# another module has been seen to link stale code.
work="$root/.build-release"
source="$work/source"
rm -rf "$source" "$work/build"
mkdir -p "$source"
git -C "$root" archive --format=tar HEAD | tar -x -C "$source"
git -C "$root" diff --quiet HEAD || echo "release: note: uncommitted changes are not in the release (built from $commit)"

placeholder='    public static let commit: String? = nil'
grep -qxF "$placeholder" "$source/Sources/Core/ToolVersion.swift" || {
    echo "release: Sources/Core/ToolVersion.swift has no line '$placeholder' to record the commit in" >&2
    exit 1
}
sed -i "s|^$placeholder\$|    public static let commit: String? = \"$commit\"|" "$source/Sources/Core/ToolVersion.swift"

build=(swift build -c release --static-swift-stdlib --disable-local-rpath --product scopecheck
    --package-path "$source" --scratch-path "$work/build")
"${build[@]}"
binary="$("${build[@]}" --show-bin-path)/scopecheck"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
install -m 0755 "$binary" "$stage/$name/scopecheck"
if command -v strip > /dev/null; then strip "$stage/$name/scopecheck"; fi
install -m 0644 "$source/README.md" "$stage/$name/README.md"

timestamp="$(git -C "$root" log -1 --format=%ct HEAD)"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$timestamp" -C "$stage" -cf - "$name" \
    | gzip -n -9 > "$output/$name.tar.gz"
(cd "$output" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "release: $output/$name.tar.gz"
echo "release: $output/$name.tar.gz.sha256"
"$stage/$name/scopecheck" --version
