#!/usr/bin/env bash
# Page latency under load: starts `./rightsdesk demo` on a spare port, signs in as its admin, and
# drives the busiest signed-in pages (monitor timeline and statistics, case calendar, a client
# page with its live regime Assessment) plus the public /check page with wrk, two threads.
# Prints wrk's requests/s and latency percentiles per run; asserts nothing.
# Usage: bench/pages.sh [connections=16] [seconds=20] [port=8398]     (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
conns="${1:-16}"
secs="${2:-20}"
port="${3:-8398}"
command -v wrk >/dev/null || { echo "bench/pages.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

./rightsdesk version >/dev/null   # build, extract and train the class-data archive first
out="$(mktemp)"
./rightsdesk demo --port "$port" >"$out" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null; wait $launcher 2>/dev/null; rm -f "$out" "$lua"' EXIT
until grep -q -E 'Password|rightsdesk:' "$out"; do sleep 0.2; done
grep -q 'rightsdesk:' "$out" && { cat "$out" >&2; exit 1; }
password="$(sed -n 's/^ *Password: *\([^ ]*\).*/\1/p' "$out")"
base="http://127.0.0.1:$port"

# Sign in: the session cookie is Secure, so it is carried by hand rather than through a cookie jar.
login="$(curl -s -D - "$base/login")"
cookie="$(printf '%s' "$login" | sed -n 's/^[Ss]et-[Cc]ookie: \(RDSESSION=[^;]*\).*/\1/p' | tr -d '\r')"
csrf="$(printf '%s' "$login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)"
signed="$(curl -s -D - -o /dev/null -H "Cookie: $cookie" --data-urlencode "username=admin" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login")"
session="$(printf '%s' "$signed" | sed -n 's/^[Ss]et-[Cc]ookie: \(RDSESSION=[^;]*\).*/\1/p' | tr -d '\r')"
[ -n "$session" ] || { echo "bench/pages.sh: could not sign in" >&2; exit 1; }
client="$(curl -s -H "Cookie: $session" "$base/cases/clients" | grep -o '/cases/clients/[0-9][0-9]*' | head -1)"
[ -n "$client" ] || { echo "bench/pages.sh: the demo has no client page to load" >&2; exit 1; }

lua="$(mktemp --suffix=.lua)"
cat >"$lua" <<LUA
local paths = {"/monitor/timeline", "/monitor/statistics", "/cases/calendar", "$client", "/check"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], {["Cookie"] = "$session"})
end
response = function(status)
  if status ~= 200 then error("status " .. status) end
end
LUA

echo "warming up (10 s)..."
wrk -t2 -c"$conns" -d10s -s "$lua" "$base" >/dev/null
echo "pages: /monitor/timeline /monitor/statistics /cases/calendar $client /check, $conns connections, ${secs}s"
wrk -t2 -c"$conns" -d"${secs}s" --latency -s "$lua" "$base" | grep -E 'Requests/sec|Latency|50%|75%|90%|99%|requests in|Non-2xx'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
