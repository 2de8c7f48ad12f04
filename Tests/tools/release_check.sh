#!/usr/bin/env bash
# Proves that the release archive runs on a machine without Swift. Given the folder
# scripts/release.sh wrote, it
#   1. checks the archive against its .sha256;
#   2. checks that the binary links no Swift, Foundation, ICU or networking library (ldd) and
#      has no rpath into a toolchain (readelf);
#   3. checks that `scopecheck --version` names this checkout's version and HEAD's commit;
#   4. in a private mount namespace where the Swift toolchain's folder is an empty tmpfs and PATH
#      has no swift: runs the README's install steps (with the archive here as the release),
#      then with the installed scopecheck lints a sample with findings (exit 1, the finding
#      printed) and one without (exit 0), explains an endpoint, and fetches a spec from a local
#      HTTP server (spec fetch runs the system's curl).
#
# Usage: bash Tests/tools/release_check.sh RELEASE_DIR
# Needs root or unprivileged user namespaces for `unshare --mount` (CI runs as root), python3
# for the local HTTP server, and swift on PATH (only to find the toolchain folder to hide).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
release="$(cd "${1:?usage: release_check.sh RELEASE_DIR}" && pwd)"
fail() { echo "release_check: FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

shopt -s nullglob
archives=("$release"/scopecheck-*-linux-*.tar.gz)
[ "${#archives[@]}" -eq 1 ] || fail "expected one scopecheck-*-linux-*.tar.gz in $release, found ${#archives[@]}"
archive="${archives[0]}"
name="$(basename "$archive" .tar.gz)"
(cd "$release" && sha256sum --check --quiet "$name.tar.gz.sha256") || fail "$name.tar.gz does not match its .sha256"
ok "$name.tar.gz matches its sha256"

work="$(mktemp -d)"
server_pid=""
cleanup() { [ -z "$server_pid" ] || kill "$server_pid" 2> /dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
tar -xzf "$archive" -C "$work"
binary="$work/$name/scopecheck"
[ -x "$binary" ] || fail "the archive has no executable $name/scopecheck"

if ldd "$binary" | grep -E "libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|libicu|libcurl|libxml2"; then
    fail "the binary links the libraries above; a machine without Swift has none of them"
fi
ok "ldd: $(ldd "$binary" | awk '{print $1}' | tr '\n' ' ')"
if readelf -d "$binary" | grep -E "RPATH|RUNPATH"; then fail "the binary has an rpath"; fi
ok "no rpath"

version="$(sed -n 's/^    public static let current = "\(.*\)"$/\1/p' "$root/Sources/Core/ToolVersion.swift")"
expected="scopecheck $version (commit $(git -C "$root" rev-parse HEAD))"
[ "$("$binary" --version)" = "$expected" ] || fail "--version printed '$("$binary" --version)', expected '$expected'"
ok "--version: $expected"

# The local HTTP server spec fetch downloads from.
mkdir -p "$work/www"
cp "$root/samples/spec/genesys-platform-sample.json" "$work/www/swagger.json"
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$work/www" > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 50); do grep -q "port" "$work/server.log" && break; sleep 0.1; done
port="$(sed -n 's/.* port \([0-9]*\).*/\1/p' "$work/server.log" | head -1)"
[ -n "$port" ] || fail "the local HTTP server did not start: $(cat "$work/server.log")"

toolchain="$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")"
[ -d "$toolchain/lib/swift/linux" ] || fail "cannot find the Swift toolchain's library folder under $toolchain"

cat > "$work/without-swift.sh" <<'INNER'
set -euo pipefail
toolchain="$1" archive="$2" root="$3" work="$4" port="$5"
mount -t tmpfs none "$toolchain"
fail() { echo "release_check: FAIL (without Swift): $*" >&2; exit 1; }
export PATH=/usr/bin:/bin HOME="$work/home" NO_COLOR=1
[ ! -e "$toolchain/lib/swift/linux/libswiftCore.so" ] || fail "the toolchain is still visible"
! command -v swift > /dev/null || fail "swift is still on PATH"
echo "ok: without Swift: $toolchain is empty, no swift on PATH"
# The README's install steps, from the archive built here instead of the GitHub release.
awk '/release_check.sh runs these steps/ { marked = 1; next }
     marked && /^```sh$/ { inside = 1; next }
     inside && /^```$/ { exit }
     inside { print }' "$root/README.md" > "$work/install.sh"
grep -q '^base=' "$work/install.sh" || fail "no install steps with base= found in README.md"
sed -i "s|^base=.*|base=file://$(dirname "$archive")|" "$work/install.sh"
mkdir -p "$work/home" "$work/install"
export PATH="$HOME/.local/bin:$PATH"
(cd "$work/install" && bash -euo pipefail "$work/install.sh") > "$work/install.out" 2>&1 \
    || fail "the README's install steps failed: $(cat "$work/install.out")"
[ "$(command -v scopecheck)" = "$HOME/.local/bin/scopecheck" ] || fail "the install steps did not put scopecheck on PATH"
echo "ok: without Swift: the README's install steps install $(scopecheck --version)"
binary="$(command -v scopecheck)"
status=0
"$binary" lint "$root/samples/seed-403-gateway" > "$work/lint.out" 2>&1 || status=$?
[ "$status" -eq 1 ] || fail "lint samples/seed-403-gateway exited $status, expected 1: $(cat "$work/lint.out")"
grep -q "error\[missing-scope\]" "$work/lint.out" || fail "lint did not report the sample's missing-scope: $(cat "$work/lint.out")"
echo "ok: without Swift: lint samples/seed-403-gateway exits 1 with its findings"
"$binary" lint "$root/samples/data-actions-external-client" > "$work/lint.out" 2>&1 || fail "lint of a clean sample failed: $(cat "$work/lint.out")"
echo "ok: without Swift: lint samples/data-actions-external-client exits 0"
"$binary" explain "GET /api/v2/routing/queues" --spec "$root/samples/spec/genesys-platform-sample.json" > "$work/explain.out" \
    || fail "explain failed: $(cat "$work/explain.out")"
grep -q "routing:queue:view" "$work/explain.out" || fail "explain did not name the permission: $(cat "$work/explain.out")"
echo "ok: without Swift: explain names what gates GET /api/v2/routing/queues"
"$binary" spec fetch --url "http://127.0.0.1:$port/swagger.json" --output "$work/fetched.json" > "$work/fetch.out" 2>&1 \
    || fail "spec fetch failed: $(cat "$work/fetch.out")"
cmp -s "$work/fetched.json" "$root/samples/spec/genesys-platform-sample.json" || fail "spec fetch wrote something else"
echo "ok: without Swift: spec fetch downloads a spec (with the system's curl)"
INNER
unshare --mount --propagation private bash "$work/without-swift.sh" "$toolchain" "$archive" "$root" "$work" "$port" \
    || fail "the checks without Swift did not pass (above)"
echo "release_check: all checks passed"
