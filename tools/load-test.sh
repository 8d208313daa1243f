#!/usr/bin/env bash
# Load test of POST /api/v1/assess on loopback (docs/web/performance.md). Starts the web host (Release) on
# 127.0.0.1:$PORT with a throw-away data folder, then:
#   1. a steady rate with `hey` (default 200 requests/s for 30 s: 10 workers × 20 req/s) → throughput and p99;
#   2. the maximum with `wrk` (16 connections, 15 s).
# Traffic goes only to 127.0.0.1 and every run is bounded in time; the host is stopped at the end.
# Needs Debian's `hey` and `wrk` (apt-get install hey wrk). Usage: tools/load-test.sh [CASE.json] [RATE] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
CASE="${1:-samples/cases/npm1-flt3itd-late-relapse.json}"
RATE="${2:-200}"
SECONDS_STEADY="${3:-30}"
PORT="${AMLNAV_LOAD_PORT:-5181}"
URL="http://127.0.0.1:$PORT/api/v1/assess?asOf=2026-11-28"
for tool in hey wrk; do
  command -v "$tool" >/dev/null || { [ "$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null; } || true
done

dotnet build src/AmlNavigator.Web -c Release --nologo -v q >/dev/null
data="$(mktemp -d)"
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet src/AmlNavigator.Web/bin/Release/net10.0/AmlNavigator.Web.dll --urls "http://127.0.0.1:$PORT" --data "$data" --seed false >"$data/host.log" 2>&1 &
host=$!
trap 'kill "$host" 2>/dev/null || true; wait "$host" 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.5; done
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$CASE" "$URL")
[ "$status" = 200 ] || { echo "assess answered $status"; cat "$data/host.log"; exit 1; }

echo "== machine: $(nproc) cores, $(uname -r); case: $CASE ($(wc -c <"$CASE") bytes)"
echo "== warm-up (5 s)"
hey -z 5s -c 8 -m POST -T application/json -D "$CASE" "$URL" >/dev/null

workers=10
per_worker=$(( RATE / workers ))
echo "== steady rate: $RATE req/s for ${SECONDS_STEADY}s (hey, $workers workers × $per_worker req/s)"
hey -z "${SECONDS_STEADY}s" -c "$workers" -q "$per_worker" -m POST -T application/json -D "$CASE" "$URL" |
  grep -E "Requests/sec|Average|Fastest|Slowest|50% in|90% in|95% in|99% in|\[[0-9]+\]"

if command -v wrk >/dev/null; then
  echo "== maximum throughput (wrk, 2 threads, 16 connections, 15 s)"
  lua="$data/post.lua"
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nlocal f = io.open("%s", "r")\nwrk.body = f:read("*a")\nf:close()\n' "$(realpath "$CASE")" >"$lua"
  wrk -t2 -c16 -d15s --latency -s "$lua" "$URL" | grep -E "Requests/sec|Latency|50%|75%|90%|99%|requests in|Non-2xx"
fi
