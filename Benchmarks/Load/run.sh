#!/usr/bin/env bash
# Load benchmark of the dashboard's API (not a test): starts the release capexgap-server on a
# free loopback port over a fresh database, runs wrk against the overview JSON and a gap-model
# recompute, prints requests/s and p50/p99 latency, and stops the server.
#
#   swift build -c release --product capexgap-server
#   bash Benchmarks/Load/run.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
connections="${2:-32}"
server=.build/release/capexgap-server
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt install wrk)" >&2; exit 1; }
[ -x "$server" ] || { echo "$server is not built: swift build -c release --product capexgap-server" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill -INT "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
"$server" --port 0 --db "$work/load.sqlite" > "$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do grep -q "http://" "$work/server.log" 2>/dev/null && break; sleep 0.05; done
url=$(grep -o 'http://[^ ]*' "$work/server.log" | head -1)
url="${url%/}"
echo "capexgap-server at $url, $(nproc) cores; wrk: 2 threads, $connections connections, ${seconds}s per route"
printf '%-52s %10s %10s %10s %8s\n' route "requests/s" "p50 ms" "p99 ms" errors
for route in "/api/overview" "/api/gap/sequoia?ai_revenue_usd_b=150&spread_years=2" "/api/companies?ticker=GOOGL" "/api/simulate?paths=20000"; do
    curl -sf "$url$route" > /dev/null   # warm up (the overview's outlook is computed once)
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url$route")
    rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
    p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
    p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
    errors=$(awk '/Non-2xx/ {s += $NF} /Socket errors/ {for (i = 3; i <= NF; i++) s += $i + 0} END {print s + 0}' <<< "$out")
    to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v } else if (v ~ /s$/) { sub(/s$/, "", v); print v * 1000 } else print v }'; }
    printf '%-52s %10s %10s %10s %8s\n' "$route" "$rps" "$(to_ms "$p50")" "$(to_ms "$p99")" "$errors"
done
