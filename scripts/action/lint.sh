#!/usr/bin/env bash
# The lint step of the scopecheck GitHub Action (action.yml): runs `scopecheck lint` (the one on
# PATH, put there by the install or build step) with the action's inputs, in the working
# directory. With a SARIF file asked for, it first writes the SARIF log of the same lint there
# (`--format sarif --fail-on never`, for github/codeql-action/upload-sarif), then runs the lint
# that reports in the chosen format. The step's exit status is that lint's: 0, 1 (findings at or
# above fail-on) or 2 (a usage or input error, an unreadable file).
#
# Reads (environment), each from the action input of the same name:
#   INPUT_PATHS              files or module directories, separated by blanks or newlines
#                            (quote one with blanks as in a shell: 'my module'); default .
#   INPUT_RECURSIVE          true: lint every module directory below the paths (--recursive)
#   INPUT_FORMAT             text, json, sarif, github, junit, compact or codeclimate
#   INPUT_FAIL_ON            error, warning, note or never
#   INPUT_SARIF_FILE         where to write the SARIF log as well (empty: none)
#   INPUT_CONFIG             the config file (empty: lint finds the nearest .scopecheck.hcl)
#   INPUT_ARGS               more lint arguments, split like INPUT_PATHS (--spec x.json ...)
#   INPUT_WORKING_DIRECTORY  where lint runs; the other paths are relative to it
#   GITHUB_OUTPUT            where the outputs go: version, exit-code, sarif-file (absolute)
# Nothing in the inputs is evaluated by the shell: no globs, no variables, no commands.
set -euo pipefail

: "${GITHUB_OUTPUT:=/dev/null}"

usage_error() { echo "::error title=scopecheck::$*"; echo "exit-code=2" >> "$GITHUB_OUTPUT"; exit 2; }

# split TEXT: the words of TEXT (blanks and newlines separate, quotes group; xargs' rules), each
# followed by a NUL, in the file $words.
words="$(mktemp "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/scopecheck-words.XXXXXX")"
trap 'rm -f "$words"' EXIT
split() {
    : > "$words"
    if [[ "$1" =~ [^[:space:]] ]]; then
        printf '%s\n' "$1" | xargs printf '%s\0' > "$words" 2> /dev/null || return 1
    fi
}

paths=()
split "${INPUT_PATHS:-.}" || usage_error "paths: unbalanced quote in '${INPUT_PATHS:-}'"
while IFS= read -r -d '' word; do paths+=("$word"); done < "$words"
[ "${#paths[@]}" -gt 0 ] || paths=(.)
extra=()
split "${INPUT_ARGS:-}" || usage_error "args: unbalanced quote in '${INPUT_ARGS:-}'"
while IFS= read -r -d '' word; do extra+=("$word"); done < "$words"

format="${INPUT_FORMAT:-github}"
case "$format" in
    text | json | sarif | github | junit | compact | codeclimate) ;;
    *) usage_error "format: '$format' is none of text, json, sarif, github, junit, compact, codeclimate" ;;
esac
fail_on="${INPUT_FAIL_ON:-error}"
case "$fail_on" in
    error | warning | note | never) ;;
    *) usage_error "fail-on: '$fail_on' is none of error, warning, note, never" ;;
esac
recursive="${INPUT_RECURSIVE:-true}"
case "$recursive" in
    true | false) ;;
    *) usage_error "recursive: '$recursive' is neither true nor false" ;;
esac
for word in ${extra[@]+"${extra[@]}"}; do
    case "$word" in
        --format | --format=* | --fail-on | --fail-on=* | --config | --config=*)
            option="${word%%=*}"
            usage_error "args: $option is the action's input ${option#--}: set it there" ;;
    esac
done

cd "${INPUT_WORKING_DIRECTORY:-.}" 2> /dev/null ||
    usage_error "working-directory: '${INPUT_WORKING_DIRECTORY:-}' is not a directory"

command -v scopecheck > /dev/null || usage_error "scopecheck is not on PATH (the action's install or build step puts it there)"
version="$(scopecheck --version)"
echo "$version: $(command -v scopecheck)"
echo "version=$version" >> "$GITHUB_OUTPUT"

# The arguments both runs share.
common=("${paths[@]}")
[ "$recursive" = false ] || common+=(--recursive)
[ -z "${INPUT_CONFIG:-}" ] || common+=(--config "$INPUT_CONFIG")
common+=(${extra[@]+"${extra[@]}"})

# show ARGS...: the command line, quoted so that it can be copied into a shell.
show() {
    local line
    line="$(printf '%q ' scopecheck lint "$@")"
    printf '%s' "${line% }"
}

sarif="${INPUT_SARIF_FILE:-}"
if [ -n "$sarif" ]; then
    case "$sarif" in /*) ;; *) sarif="$PWD/$sarif" ;; esac
    mkdir -p "$(dirname "$sarif")"
    echo "$(show "${common[@]}" --format sarif --fail-on never) > $(printf '%q' "$INPUT_SARIF_FILE")"
    status=0
    scopecheck lint "${common[@]}" --format sarif --fail-on never > "$sarif" || status=$?
    if [ "$status" -ne 0 ]; then
        echo "exit-code=$status" >> "$GITHUB_OUTPUT"
        echo "::error title=scopecheck::the SARIF run of lint failed (exit $status), see its message above"
        exit "$status"
    fi
    echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"
fi

echo "$(show "${common[@]}" --format "$format" --fail-on "$fail_on")"
status=0
scopecheck lint "${common[@]}" --format "$format" --fail-on "$fail_on" || status=$?
echo "exit-code=$status" >> "$GITHUB_OUTPUT"
exit "$status"
