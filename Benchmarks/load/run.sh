#!/usr/bin/env bash
# Load test of `hexaglot serve` on loopback with wrk (bounded: DURATION per
# scenario, default 10s): a cached rendering (GET /documents/…/en.html) and
# POST /check of the six text renderings. Prints requests/s, p99 latency and
# errors for each. Needs wrk (apt-get install wrk) and curl.
#
#   Benchmarks/load/run.sh                 # builds the release binary first
#   HEXAGLOT=.build/release/hexaglot Benchmarks/load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
# A check is CPU-bound (the rules, ICU): a few connections keep both cores busy.
CHECK_CONNECTIONS=${CHECK_CONNECTIONS:-4}
DOC=cbd-wg2020-2-2

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
if [ -z "${HEXAGLOT:-}" ]; then
    swift build -c release --product hexaglot --scratch-path "${SCRATCH:-.build-load}" >&2
    HEXAGLOT="${SCRATCH:-.build-load}/release/hexaglot"
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid"
        wait "$server_pid" || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Loopback only, on a free port; the access log goes to a file.
"$HEXAGLOT" serve --host 127.0.0.1 --port 0 --documents Documents >"$work/stdout" 2>"$work/access.log" &
server_pid=$!
for _ in $(seq 1 100); do
    grep -q "listening on" "$work/stdout" 2>/dev/null && break
    sleep 0.1
done
base=$(grep -o "http://127.0.0.1:[0-9]*" "$work/stdout")
echo "server: $base ($HEXAGLOT)"

# The multipart body: the six text renderings, as a client would upload them.
boundary="hexaglot-load-$(date +%s)"
body="$work/check-body"
: >"$body"
for lang in ar zh en fr es ru; do
    curl -sf "$base/documents/$DOC/$lang.txt" -o "$work/$lang.txt"
    printf -- '--%s\r\nContent-Disposition: form-data; name="files"; filename="%s.%s.txt"\r\nContent-Type: text/plain\r\n\r\n' \
        "$boundary" "$DOC" "$lang" >>"$body"
    cat "$work/$lang.txt" >>"$body"
    printf '\r\n' >>"$body"
done
printf -- '--%s--\r\n' "$boundary" >>"$body"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Content-Type: multipart/form-data; boundary=$boundary" \
    --data-binary "@$body" "$base/check")
[ "$status" = 200 ] || { echo "POST /check answered $status before the load test" >&2; exit 1; }

summarize() {  # name, wrk output file
    local rps p99 errors non2xx
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$2")
    p99=$(awk '$1 == "99%" {print $2}' "$2")
    errors=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$2")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$2")
    printf '%-28s %10s req/s   p99 %8s   errors %s\n' "$1" "$rps" "$p99" "$(( ${errors:-0} + ${non2xx:-0} ))"
}

curl -sf "$base/documents/$DOC/en.html" -o /dev/null   # warm the cache
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency "$base/documents/$DOC/en.html" >"$work/rendering.txt"
HEXAGLOT_CHECK_BODY="$body" HEXAGLOT_BOUNDARY="$boundary" \
    wrk -t"$(( CHECK_CONNECTIONS < THREADS ? CHECK_CONNECTIONS : THREADS ))" -c"$CHECK_CONNECTIONS" -d"$DURATION" --timeout 30s --latency -s Benchmarks/load/check.lua "$base/" >"$work/check.txt"

echo "wrk -t$THREADS -d$DURATION on loopback, $(nproc) cores (-c$CONNECTIONS for the rendering, -c$CHECK_CONNECTIONS for the check):"
summarize "GET en.html (cached)" "$work/rendering.txt"
summarize "POST /check (6 files)" "$work/check.txt"
if [ -n "${VERBOSE:-}" ]; then cat "$work/rendering.txt" "$work/check.txt"; fi
echo "access log lines: $(grep -c ' access' "$work/access.log" || true)"
