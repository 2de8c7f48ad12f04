#!/usr/bin/env bash
# Runs scopecheck's pre-commit hooks for real: `pre-commit try-repo` against two throwaway
# Terraform repositories, for each hook (`scopecheck`, built with Swift by pre-commit, and
# `scopecheck-system`, the scopecheck on PATH). In the first repository a client requests a
# scope the spec does not define: the hook must fail and print the finding. In the second
# everything is in order: the hook must pass.
#
# Usage: bash Tests/tools/precommit_check.sh [SCOPECHECK_BINARY]
#   the binary the `scopecheck-system` hook finds on PATH (default: the scopecheck on PATH).
#
# Needs git, swift and pre-commit (python3 -m pip install pre-commit). Works offline: try-repo
# clones this repository from disk and builds it with `swift build -c release` (one build per
# try-repo run). try-repo uses the repository's HEAD, or a snapshot of HEAD plus uncommitted
# changes to tracked files when there are some: .pre-commit-hooks.yaml must be committed.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
command -v pre-commit >/dev/null || { echo "precommit_check: pre-commit is not installed" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# make_repo DIR MAIN_TF: a git repository with the sample spec, a config and a policy.
make_repo() {
    local dir="$1"
    mkdir -p "$dir"
    cp "$root/samples/spec/genesys-platform-sample.json" "$dir/spec.json"
    printf 'spec     = "spec.json"\npolicies = ["policy.hcl"]\n' > "$dir/.scopecheck.hcl"
    cat > "$dir/policy.hcl" <<'HCL'
client "genesyscloud_oauth_client.reports" {
  calls = ["POST /api/v2/analytics/conversations/details/query"]
}
HCL
    printf '%s\n' "$2" > "$dir/main.tf"
    git -C "$dir" init -q
    git -C "$dir" add -A
    git -C "$dir" -c user.name=scopecheck -c user.email=scopecheck@example.invalid commit -qm "terraform"
}

client() {
    cat <<HCL
resource "genesyscloud_oauth_client" "reports" {
  name                     = "Reports"
  description              = "Reads conversation details for the reporting app"
  authorized_grant_type    = "CODE"
  registered_redirect_uris = ["https://reports.example.com/callback"]
  scopes                   = [$1]
}
HCL
}

make_repo "$work/bad" "$(client '"partner:analytics:view"')"
make_repo "$work/good" "$(client '"analytics:readonly"')"

failures=0
check() { # check NAME CONDITION-DESCRIPTION COMMAND...
    local name="$1" what="$2"
    shift 2
    if "$@"; then echo "ok: $name: $what"; else echo "FAIL: $name: $what" >&2; failures=$((failures + 1)); fi
}

binary_dir=""
if [ $# -ge 1 ]; then binary_dir="$(cd "$(dirname "$1")" && pwd)"; fi

# try_hook HOOK NAME: the hook HOOK (shown by pre-commit as NAME) on both repositories.
try_hook() {
    local hook="$1" name="$2" path="$PATH"
    if [ "$hook" = scopecheck-system ] && [ -n "$binary_dir" ]; then path="$binary_dir:$PATH"; fi
    echo "==> pre-commit try-repo $hook in a repository with a bad client (expect failure)"
    set +e
    (cd "$work/bad" && PATH="$path" pre-commit try-repo "$root" "$hook" --all-files) > "$work/bad.log" 2>&1
    status=$?
    set -e
    cat "$work/bad.log"
    check "$hook bad" "the hook fails" test "$status" -ne 0
    check "$hook bad" "it reports the unknown scope" grep -q 'main.tf:6:.*error\[unknown-scope\]: scope "partner:analytics:view" is not defined' "$work/bad.log"
    check "$hook bad" "it reports the missing scope" grep -q 'error\[missing-scope\]' "$work/bad.log"

    echo "==> pre-commit try-repo $hook in a repository with a good client (expect success)"
    set +e
    (cd "$work/good" && PATH="$path" pre-commit try-repo "$root" "$hook" --all-files) > "$work/good.log" 2>&1
    status=$?
    set -e
    cat "$work/good.log"
    check "$hook good" "the hook passes" test "$status" -eq 0
    check "$hook good" "pre-commit shows it passed" grep -q "^$name\.*Passed" "$work/good.log"
}

try_hook scopecheck 'scopecheck'
try_hook scopecheck-system 'scopecheck (system)'

if [ "$failures" -ne 0 ]; then
    echo "precommit_check: $failures check(s) failed" >&2
    exit 1
fi
echo "precommit_check: all checks passed"
