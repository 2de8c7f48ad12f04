#!/usr/bin/env bash
# Builds the libFuzzer binary of scopecheck (the library compiled once with
# -sanitize=fuzzer,address, every target selected at run time by SCOPECHECK_FUZZ_TARGET) and runs
# each target for a bounded time on a corpus seeded from the samples, the policies, the fuzz seeds
# and (when present) ../shared/corpus. Exits non-zero when a target finds a crash, a leak, a
# timeout or a broken invariant, leaving the input in .build-fuzz/crashes/.
#
#   Fuzz/run.sh --short                 CI: every target for 1,500 runs from a fixed seed (so the
#                                       same commit gives the same result), built -Onone
#   Fuzz/run.sh --time 3600             a long run: every target for an hour, built -O
#   Fuzz/run.sh --time 600 hcl swagger  only the named targets
#   Fuzz/run.sh --build                 build only
#   Fuzz/run.sh --reproduce FILE TARGET run one input once (a crasher) and show what happens
#
# -Onone builds in about a third of the time of -O and runs 2-4x slower, which suits short runs;
# -O pays off from a few minutes per target. Environment: SCOPECHECK_FUZZ_OPT (-O or -Onone,
# overriding that choice), SCOPECHECK_FUZZ_RSS_MB (default 2048), SCOPECHECK_FUZZ_KEEP_CORPUS=1
# to keep the grown corpus in .build-fuzz/corpus/ between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

targets_all=(hcl tfjson terraform swagger speccache policy explain)
seconds=20
runs=()
build_only=0
reproduce=""
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --short) seconds=60; runs=(-runs=1500 -seed=1) ;;
        --time) seconds="$2"; shift ;;
        --build) build_only=1 ;;
        --reproduce) reproduce="$2"; targets=("$3"); shift 2 ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        -*) echo "Fuzz/run.sh: unknown option $1" >&2; exit 2 ;;
        *) targets+=("$1") ;;
    esac
    shift
done
[ ${#targets[@]} -gt 0 ] || targets=("${targets_all[@]}")
for target in "${targets[@]}"; do
    case " ${targets_all[*]} " in
        *" $target "*) ;;
        *) echo "Fuzz/run.sh: unknown target $target (targets: ${targets_all[*]})" >&2; exit 2 ;;
    esac
done

if [ -n "${SCOPECHECK_FUZZ_OPT:-}" ]; then
    optimization=$SCOPECHECK_FUZZ_OPT
elif [ "$seconds" -le 60 ]; then
    optimization=-Onone
else
    optimization=-O
fi
out=.build-fuzz
binary=$out/scopecheck-fuzz$optimization
mkdir -p "$out/crashes"

# The sanitizer runtimes ship with the Swift toolchain (lib/swift/clang/lib/linux); a toolchain
# without them cannot link -sanitize=fuzzer.
resource_dir=$(dirname "$(dirname "$(command -v swiftc)")")/lib/swift/clang/lib/linux
if ! ls "$resource_dir"/libclang_rt.fuzzer*-x86_64.a >/dev/null 2>&1 \
    && ! ls "$resource_dir"/libclang_rt.fuzzer*.a >/dev/null 2>&1; then
    echo "Fuzz/run.sh: the libFuzzer runtime is missing from $resource_dir." >&2
    echo "  Use the swift.org toolchain (it bundles libclang_rt.fuzzer and asan), or install the" >&2
    echo "  compiler-rt package matching the toolchain's clang, e.g. apt-get install libclang-rt-17-dev." >&2
    exit 2
fi

# The library's stage targets (every folder of Sources/ but the two executables) compiled as one
# module with the fuzz targets: the imports of the stages by each other are left out.
stages=$(find Sources -mindepth 1 -maxdepth 1 -type d ! -name scopecheck ! -name scopecheck-bench -printf '%f\n' | sort)
library=$(find $(printf 'Sources/%s ' $stages) Fuzz -name '*.swift' | sort)
if [ ! -x "$binary" ] || [ -n "$(find $(printf 'Sources/%s ' $stages) Fuzz -name '*.swift' -newer "$binary" | head -1)" ]; then
    echo "==> building $binary (library + fuzz targets, $optimization, sanitizers fuzzer,address)"
    start=$(date +%s)
    flat=$out/sources
    rm -rf "$flat"
    mkdir -p "$flat"
    own_imports="^import ($(echo $stages | tr ' ' '|'))\$"
    for file in $library; do
        grep -Ev "$own_imports" "$file" > "$flat/$(echo "$file" | tr '/' '_')"
    done
    # shellcheck disable=SC2046
    swiftc -sanitize=fuzzer,address -parse-as-library "$optimization" -g \
        -module-name ScopeCheckFuzz -package-name scopecheck -swift-version 6 -num-threads 2 -o "$binary" $(find "$flat" -name '*.swift' | sort) \
        2> >(grep -v "Cannot export local symbol" >&2)
    echo "    built in $(( $(date +%s) - start )) s"
fi
[ "$build_only" -eq 0 ] || exit 0

if [ -n "$reproduce" ]; then
    SCOPECHECK_FUZZ_TARGET="${targets[0]}" "$binary" -rss_limit_mb="${SCOPECHECK_FUZZ_RSS_MB:-2048}" "$reproduce"
    exit $?
fi

# Seeds: small files only (libFuzzer mutates better from small inputs).
seed() { # seed DIR FILES...
    local dir=$1; shift
    mkdir -p "$dir"
    for file in "$@"; do
        [ -f "$file" ] || continue
        [ "$(wc -c < "$file")" -le 65536 ] || continue
        cp "$file" "$dir/$(echo "$file" | tr '/' '_')"
    done
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=../shared/corpus
shopt -s nullglob globstar
seed "$work/seeds/hcl" samples/**/*.tf samples/**/*.tfvars samples/**/*.hcl policies/*.hcl Fuzz/Seeds/hcl/*
seed "$work/seeds/terraform" Fuzz/Seeds/terraform/*
for file in samples/**/*.tf; do printf '\000' | cat - "$file" > "$work/seeds/terraform/$(echo "$file" | tr '/' '_')"; done
seed "$work/seeds/tfjson" Fuzz/Seeds/tfjson/*
seed "$work/seeds/swagger" samples/spec/*.json Fuzz/Seeds/swagger/*
seed "$work/seeds/speccache" Fuzz/Seeds/speccache/*
seed "$work/seeds/policy" samples/**/*.hcl policies/*.hcl Fuzz/Seeds/policy/*
seed "$work/seeds/explain" Fuzz/Seeds/explain/*
if [ -d "$corpus/terraform" ]; then
    # a bounded, stable sample of real Terraform
    mapfile -t real < <(find "$corpus/terraform" -name '*.tf' -size -16k | sort | head -200)
    seed "$work/seeds/hcl" "${real[@]}"
fi

status=0
export SCOPECHECK_FUZZ_SPEC="$PWD/samples/spec/genesys-platform-sample.json"
for target in "${targets[@]}"; do
    if [ "${SCOPECHECK_FUZZ_KEEP_CORPUS:-0}" = 1 ]; then
        grown=$out/corpus/$target
    else
        grown=$work/grown/$target
    fi
    mkdir -p "$grown"
    dict=()
    case "$target" in
        hcl|terraform|policy) dict=(-dict=Fuzz/Dictionaries/hcl.dict) ;;
        tfjson|swagger|explain) dict=(-dict=Fuzz/Dictionaries/json.dict) ;;
    esac
    echo "==> fuzzing $target for ${runs[0]:-${seconds} s} (at most ${seconds} s)"
    log=$work/$target.log
    if SCOPECHECK_FUZZ_TARGET=$target "$binary" "${dict[@]}" "${runs[@]}" \
        -max_total_time="$seconds" -rss_limit_mb="${SCOPECHECK_FUZZ_RSS_MB:-2048}" -timeout=10 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$out/crashes/$target-" \
        "$grown" "$work/seeds/$target" > "$log" 2>&1; then
        grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)" "$log" | sed 's/^/    /'
    else
        status=1
        tail -n 60 "$log"
        echo "!!! $target: the fuzzer stopped on a finding; the input is in $out/crashes/ (reproduce with" \
            "Fuzz/run.sh --reproduce $out/crashes/$target-... $target)"
    fi
done
exit $status
