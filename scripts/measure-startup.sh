#!/usr/bin/env bash
# Prints the start-up time of `./rightsdesk demo` (launch to "running" line, median of N runs)
# and its resident memory after 20 s idle. Usage: scripts/measure-startup.sh [runs] [port]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
port="${2:-8199}"
./rightsdesk version >/dev/null   # build, extract and train the CDS archive first

times=()
rss=""
for i in $(seq 1 "$runs"); do
  out="$(mktemp)"
  start=$(date +%s%N)
  ./rightsdesk demo --port "$port" >"$out" 2>&1 &
  launcher=$!
  until grep -q -E 'Password|rightsdesk:' "$out"; do sleep 0.02; done
  end=$(date +%s%N)
  if grep -q 'rightsdesk:' "$out"; then cat "$out" >&2; kill "$launcher"; exit 1; fi
  times+=("$(( (end - start) / 1000000 ))")
  if [ "$i" = "$runs" ]; then
    sleep 20
    pid=$(pgrep -f "rightsdesk.jar demo --port $port" | head -1)
    rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  fi
  kill "$launcher"; wait "$launcher" 2>/dev/null || true
  rm -f "$out"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( ${#sorted[@]} / 2 ))]}
echo "start-up (launch to URL printed), ms: ${times[*]}"
echo "median start-up: ${median} ms (target < 3000)"
echo "idle RSS after 20 s: $(( rss / 1024 )) MB (target < 300)"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg)"
