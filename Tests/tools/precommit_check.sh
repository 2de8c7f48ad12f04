#!/usr/bin/env bash
# Runs scopecheck's pre-commit hook for real: `pre-commit try-repo` against two throwaway
# Terraform repositories. In the first a client requests a scope the spec does not define: the
# hook must fail and print the finding. In the second everything is in order: the hook must pass.
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

echo "==> pre-commit try-repo in a repository with a bad client (expect failure)"
set +e
(cd "$work/bad" && pre-commit try-repo "$root" scopecheck --all-files) > "$work/bad.log" 2>&1
status=$?
set -e
cat "$work/bad.log"
check bad "the hook fails" test "$status" -ne 0
check bad "it reports the unknown scope" grep -q 'main.tf:6:.*error\[unknown-scope\]: scope "partner:analytics:view" is not defined' "$work/bad.log"
check bad "it reports the missing scope" grep -q 'error\[missing-scope\]' "$work/bad.log"

echo "==> pre-commit try-repo in a repository with a good client (expect success)"
set +e
(cd "$work/good" && pre-commit try-repo "$root" scopecheck --all-files) > "$work/good.log" 2>&1
status=$?
set -e
cat "$work/good.log"
check good "the hook passes" test "$status" -eq 0
check good "pre-commit shows it passed" grep -q '^scopecheck\.*Passed' "$work/good.log"

if [ "$failures" -ne 0 ]; then
    echo "precommit_check: $failures check(s) failed" >&2
    exit 1
fi
echo "precommit_check: all checks passed"
