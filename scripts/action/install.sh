#!/usr/bin/env bash
# The install step of the scopecheck GitHub Action (action.yml): puts the release binary that fits
# the runner on PATH, or says that scopecheck must be built from source.
#
# On a Linux X64 (or ARM64) runner it downloads scopecheck-VERSION-linux-ARCH.tar.gz and its
# .sha256 from the release URL with curl (https://, http:// or file://), checks the archive with
# `sha256sum -c`, extracts it under ${RUNNER_TOOL_CACHE:-$RUNNER_TEMP}/scopecheck/VERSION and
# appends the binary's folder to $GITHUB_PATH. When no release fits (another OS or architecture,
# or the release has no archive for this one: 404 / no such file) it writes build=true and the
# action's next steps build the action's own source with Swift. A checksum mismatch, a missing
# .sha256 or any other download error fails the step: it never installs an unverified binary and
# never falls back to a build on a bad checksum.
#
# Reads (environment):
#   INPUT_VERSION       the release to install, like 0.1.0 or v0.1.0; empty: the version of the
#                       action's own source (Sources/Core/ToolVersion.swift)
#   INPUT_RELEASE_URL   the base URL of the release assets; empty:
#                       https://github.com/${GITHUB_ACTION_REPOSITORY:-scopecheck/scopecheck}/releases/download/vVERSION
#   GITHUB_ACTION_PATH  the action's folder (this repository)
#   RUNNER_OS, RUNNER_ARCH, RUNNER_TOOL_CACHE, RUNNER_TEMP, GITHUB_PATH, GITHUB_OUTPUT
#                       as the GitHub runner sets them
# Writes to $GITHUB_OUTPUT: build (true or false), version (the version installed, or the one the
# build will produce), source-hash (with build=true: a hash of the sources, for the cache key).
set -euo pipefail

action_path="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set (run by action.yml)}"
: "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set (run by action.yml)}"
: "${GITHUB_PATH:?GITHUB_PATH is not set (run by action.yml)}"

fail() { echo "::error title=scopecheck install::$*"; exit 1; }

# The version the action's source builds: the line `public static let current = "0.1.0"`.
source_version="$(sed -n 's/^ *public static let current = "\([^"]*\)".*/\1/p' \
    "$action_path/Sources/Core/ToolVersion.swift" 2>/dev/null || true)"
version="${INPUT_VERSION:-}"
version="${version#v}"
if [ -z "$version" ]; then
    [ -n "$source_version" ] || fail "no version given and none found in $action_path/Sources/Core/ToolVersion.swift"
    version="$source_version"
fi
[[ "$version" =~ ^[0-9A-Za-z][0-9A-Za-z.+_-]*$ ]] || fail "version '$version' is not a release version like 0.1.0"

# build_from_source REASON: no release fits; the action's build steps take over.
build_from_source() {
    echo "::notice title=scopecheck::$1: building scopecheck from source (swift build -c release), cached by actions/cache"
    if [ "$source_version" != "$version" ]; then
        echo "::warning title=scopecheck::the action's source is scopecheck $source_version, not $version: pin the action to v$version to build that version"
    fi
    # The cache key's part for the sources: the build cache is never reused across source changes.
    local hash
    hash="$(cd "$action_path" && find Package.swift Sources -type f -print0 2>/dev/null | LC_ALL=C sort -z \
        | xargs -0 cat | { sha256sum 2>/dev/null || shasum -a 256; } | cut -c1-16)"
    {
        echo "build=true"
        echo "version=$source_version"
        echo "source-hash=$hash"
    } >> "$GITHUB_OUTPUT"
    exit 0
}

case "${RUNNER_OS:-}/${RUNNER_ARCH:-}" in
    Linux/X64) arch=x86_64 ;;
    Linux/ARM64) arch=aarch64 ;;
    *) build_from_source "no scopecheck release is built for ${RUNNER_OS:-this OS} ${RUNNER_ARCH:-}" ;;
esac

name="scopecheck-$version-linux-$arch"
base="${INPUT_RELEASE_URL:-https://github.com/${GITHUB_ACTION_REPOSITORY:-scopecheck/scopecheck}/releases/download/v$version}"
base="${base%/}"
tool_cache="${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:?neither RUNNER_TOOL_CACHE nor RUNNER_TEMP is set}}/scopecheck/$version"
target="$tool_cache/$name"

# check_binary DIR: DIR/scopecheck runs here and is this version; sets installed to its
# --version line.
installed=""
check_binary() {
    [ -x "$1/scopecheck" ] || fail "$name.tar.gz holds no $name/scopecheck executable"
    installed="$("$1/scopecheck" --version)" || fail "$name/scopecheck does not run on this runner"
    case "$installed " in
        "scopecheck $version "*) ;;
        *) fail "$name.tar.gz holds '$installed', not scopecheck $version" ;;
    esac
}

# A persistent tool cache (self-hosted runner) may hold this release already, verified and
# complete (the .complete marker is written last).
if [ -f "$target.complete" ] && [ -x "$target/scopecheck" ]; then
    echo "scopecheck $version: found in the tool cache ($target)"
else
    work="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/scopecheck-install.XXXXXX")"
    trap 'rm -rf "$work"' EXIT

    # fetch URL FILE: 0 when downloaded, 3 when there is no such file (HTTP 404, or file:// with
    # no file); the step fails on anything else (after curl's retries).
    fetch() {
        local status=0 code
        code="$(curl --fail --silent --show-error --location --retry 3 --connect-timeout 20 \
            --output "$2" --write-out '%{http_code}' "$1" 2> "$work/curl.log")" || status=$?
        [ "$status" -eq 0 ] && return 0
        if [ "$status" -eq 37 ] || { [ "$status" -eq 22 ] && [ "$code" = 404 ]; }; then return 3; fi
        fail "downloading $1 failed: $(tr '\n' ' ' < "$work/curl.log")(curl exit $status, HTTP ${code:-none})"
    }

    echo "scopecheck $version: downloading $base/$name.tar.gz"
    status=0
    fetch "$base/$name.tar.gz" "$work/$name.tar.gz" || status=$?
    if [ "$status" -eq 3 ]; then
        build_from_source "the release has no $name.tar.gz ($base)"
    fi
    status=0
    fetch "$base/$name.tar.gz.sha256" "$work/$name.tar.gz.sha256" || status=$?
    [ "$status" -eq 0 ] || fail "$base/$name.tar.gz.sha256 does not exist: the archive cannot be verified, not installing it"

    # One `sha256sum` line naming this archive; sha256sum -c then checks it.
    read -r expected listed _ < "$work/$name.tar.gz.sha256" || true
    [ "${listed#\*}" = "$name.tar.gz" ] && [[ "${expected:-}" =~ ^[0-9a-f]{64}$ ]] ||
        fail "$name.tar.gz.sha256 is not one sha256sum line for $name.tar.gz"
    if ! (cd "$work" && sha256sum --check --status --strict "$name.tar.gz.sha256"); then
        actual="$(sha256sum "$work/$name.tar.gz" | cut -d' ' -f1)"
        fail "checksum mismatch for $name.tar.gz: $name.tar.gz.sha256 says $expected, the download is $actual; not installing it"
    fi
    echo "scopecheck $version: $name.tar.gz matches its sha256 ($expected)"

    # Extract beside the target and check the binary, then move it in place: a failed step leaves
    # nothing half-installed.
    mkdir -p "$tool_cache"
    staging="$(mktemp -d "$tool_cache/.extract.XXXXXX")"
    trap 'rm -rf "$work" "$staging"' EXIT
    tar -xzf "$work/$name.tar.gz" -C "$staging" --no-same-owner
    check_binary "$staging/$name"
    rm -rf "$target" "$target.complete"
    mv "$staging/$name" "$target"
    touch "$target.complete"
fi

check_binary "$target"
echo "$installed: $target/scopecheck"
echo "$target" >> "$GITHUB_PATH"
{
    echo "build=false"
    echo "version=$version"
} >> "$GITHUB_OUTPUT"
