#!/usr/bin/env bash
# Checks that the pictures `scopecheck audit` draws really render, with the tools a reader uses:
#   - DOT: every samples/audit-org client's `--format dot` output goes through Graphviz (`dot -Tsvg`);
#     fails when dot fails, or its SVG is empty or has no `<g class="node"`.
#   - HTML: every samples/audit-org client's `--format html` page is opened in headless Chromium
#     (Debian's `chromium`) twice: once for a screenshot, once with --dump-dom. Fails when
#       * Chromium logs any console message (it logs them to stderr as `...:CONSOLE:...` lines with
#         --enable-logging=stderr; console.error, console.log and uncaught exceptions all appear there,
#         and the page carries no script, so any such line is a defect), or an "Uncaught" line;
#       * the screenshot is blank: one colour covers >= 99.5% of its pixels (decoded with python3's
#         stdlib only: zlib + the PNG filters);
#       * the DOM Chromium built lacks the client's name or the `<svg class="picture"`.
# Needs: dot (graphviz), chromium, python3; .ci/run installs the Debian packages.
#
# Usage: bash Tests/tools/audit_render_check.sh SCOPECHECK_BINARY [--screenshot OUT.png]
#   --screenshot OUT.png  also copy the "Queue Sync" screenshot there (docs/images/audit-queue-sync.png).
# Test hook: AUDIT_RENDER_CHECK_EXTRA_HTML="a.html:b.html" also checks those pages for console
#   messages and a blank screenshot (not for audit content), to show the check fails on a bad page.
set -euo pipefail

usage() { echo "usage: $0 SCOPECHECK_BINARY [--screenshot OUT.png]" >&2; exit 2; }
[ $# -ge 1 ] || usage
case $1 in
    */*) scopecheck="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" ;;
    *) scopecheck=$(command -v "$1") || { echo "no $1 on PATH" >&2; exit 2; } ;;
esac
shift
screenshot_out=""
while [ $# -gt 0 ]; do
    case $1 in
        --screenshot) [ $# -ge 2 ] || usage; screenshot_out=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
        *) usage ;;
    esac
done
extra_html=()
if [ -n "${AUDIT_RENDER_CHECK_EXTRA_HTML:-}" ]; then
    IFS=: read -r -a extra_paths <<< "$AUDIT_RENDER_CHECK_EXTRA_HTML"
    for path in "${extra_paths[@]}"; do
        extra_html+=("$(cd "$(dirname "$path")" && pwd)/$(basename "$path")")
    done
fi

cd "$(dirname "$0")/../.."
for tool in dot chromium python3; do
    command -v "$tool" > /dev/null || { echo "audit_render_check: $tool is not installed" >&2; exit 1; }
done
[ -x "$scopecheck" ] || { echo "audit_render_check: $scopecheck is not an executable" >&2; exit 1; }

clients=("Queue Sync" "Wallboard Login" "Reporting Export")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

chromium_run() { # chromium_run LOG ARGS...: headless Chromium with its own profile, its log on LOG
    local log=$1
    shift
    timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$tmp/profile" \
        --enable-logging=stderr --v=0 "$@" 2> "$log"
}

console_messages() { # console_messages LOG: the console lines of a Chromium log (none: empty output)
    grep -E ':CONSOLE[:(]|Uncaught' "$1" || true
}

check_blank() { # check_blank PNG: fails when one colour covers >= 99.5% of the pixels
    python3 - "$1" <<'PY'
import struct, sys, zlib
from collections import Counter

def decode(path):
    """Rows of pixels of an 8-bit, non-interlaced PNG (what Chromium writes), stdlib only."""
    data = open(path, 'rb').read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        sys.exit(f'{path}: not a PNG')
    pos, idat, ihdr = 8, [], None
    while pos + 8 <= len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            ihdr = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat.append(body)
        elif kind == b'IEND':
            break
        pos += 12 + length
    if ihdr is None:
        sys.exit(f'{path}: no IHDR')
    width, height, depth, ctype, _, _, interlace = ihdr
    bpp = {0: 1, 2: 3, 4: 2, 6: 4}.get(ctype)
    if depth != 8 or bpp is None or interlace:
        sys.exit(f'{path}: unsupported PNG (depth {depth}, colour type {ctype}, interlace {interlace})')
    raw = zlib.decompress(b''.join(idat))
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        ftype, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        if ftype == 1:
            for x in range(bpp, stride):
                line[x] = (line[x] + line[x - bpp]) & 255
        elif ftype == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif ftype == 3:
            for x in range(stride):
                left = line[x - bpp] if x >= bpp else 0
                line[x] = (line[x] + ((left + prev[x]) >> 1)) & 255
        elif ftype == 4:
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b = prev[x]
                c = prev[x - bpp] if x >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        elif ftype != 0:
            sys.exit(f'{path}: bad PNG filter {ftype}')
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows

path = sys.argv[1]
width, height, bpp, rows = decode(path)
colours = Counter()
for row in rows:
    colours.update(row[x:x + bpp] for x in range(0, len(row), bpp))
top, count = colours.most_common(1)[0]
share = count / (width * height)
print(f'  screenshot {width}x{height}: {len(colours)} colours, #{top.hex()} covers {share:.2%}')
if share >= 0.995:
    sys.exit(f'{path}: blank page: one colour (#{top.hex()}) covers {share:.2%} of the pixels')
PY
}

check_html() { # check_html NAME HTML [EXPECTED_TEXT]: console, blank screenshot, and (with EXPECTED_TEXT) DOM content
    local name=$1 html=$2 expected=${3:-} png="$tmp/$1.png" messages
    echo "html: $name"
    if ! chromium_run "$tmp/$name.shot.log" --screenshot="$png" --window-size=1400,2200 "file://$html" > /dev/null \
        || [ ! -s "$png" ]; then
        fail "$name: chromium took no screenshot"; sed 's/^/    /' "$tmp/$name.shot.log" >&2; return
    fi
    if ! chromium_run "$tmp/$name.dom.log" --dump-dom "file://$html" > "$tmp/$name.dom.html"; then
        fail "$name: chromium --dump-dom failed"; sed 's/^/    /' "$tmp/$name.dom.log" >&2
    fi
    messages=$(console_messages "$tmp/$name.shot.log"; console_messages "$tmp/$name.dom.log")
    [ -z "$messages" ] || fail "$name: console messages:"$'\n'"$messages"
    check_blank "$png" || fail "$name: blank screenshot"
    if [ -n "$expected" ]; then
        grep -qF "$expected" "$tmp/$name.dom.html" || fail "$name: the DOM lacks \"$expected\""
        grep -qF '<svg class="picture"' "$tmp/$name.dom.html" || fail "$name: the DOM has no <svg class=\"picture\">"
    fi
}

for client in "${clients[@]}"; do
    base=${client// /-}
    for format in html dot; do
        status=0
        "$scopecheck" audit --org samples/audit-org/org --usage samples/audit-org/usage --client "$client" \
            --format "$format" > "$tmp/$base.$format" || status=$?
        # 0 and 1 are verdicts (1: the client has a problem); 2 and up are errors.
        [ "$status" -le 1 ] || fail "$client: scopecheck audit --format $format exited $status"
        [ -s "$tmp/$base.$format" ] || fail "$client: scopecheck audit --format $format printed nothing"
    done

    echo "dot: $client"
    if ! dot -Tsvg "$tmp/$base.dot" > "$tmp/$base.svg" 2> "$tmp/$base.dot.log"; then
        fail "$client: dot -Tsvg failed"; sed 's/^/    /' "$tmp/$base.dot.log" >&2
    elif [ -s "$tmp/$base.dot.log" ]; then
        fail "$client: dot -Tsvg warned"; sed 's/^/    /' "$tmp/$base.dot.log" >&2
    elif ! grep -q '<g [^>]*class="node"' "$tmp/$base.svg"; then
        fail "$client: dot's SVG is empty or has no <g class=\"node\">"
    else
        echo "  svg: $(grep -c '<g [^>]*class="node"' "$tmp/$base.svg") nodes, $(grep -c '<g [^>]*class="edge"' "$tmp/$base.svg") edges"
    fi

    check_html "$base" "$tmp/$base.html" "$client"
done

for html in ${extra_html[@]+"${extra_html[@]}"}; do
    check_html "extra-$(basename "$html" .html)" "$html"
done

if [ -n "$screenshot_out" ]; then
    cp "$tmp/Queue-Sync.png" "$screenshot_out"
    echo "screenshot: $screenshot_out"
fi

if [ "$failures" -gt 0 ]; then
    echo "audit_render_check: $failures failure(s)" >&2
    exit 1
fi
echo "audit_render_check: ${#clients[@]} clients: DOT renders, HTML pages render without console messages"
