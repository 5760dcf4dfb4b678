#!/usr/bin/env bash
# How big inputs fare through `./rightsdesk regime assess`: median wall time and CPU time (user +
# system) of the whole command (JVM start included: the small worker file gives the baseline), peak
# RSS, peak heap (largest heap before a collection, from the GC log) and output size, for
#   stays:      10,000 day trips of a border commuter, every fourth day, ending in November 2026
#   overstays:  10,000 two-day trips every third day: each one an overstay (the worst case: two
#               obligations and their consequences per trip)
#   places:     one stay with 10,000 arrivals at addresses
#   both:       the 10,000 day trips, each with its arrival at an address (20,000 events)
# first inside one warm JVM (scripts/RegimeSize.java: read+validate, assess, write, peak heap), then
# through the command line in JSON and in text, and once more with the heap capped at 64 MB to show
# the memory is bounded (the answer is streamed, never built as one string).
# Usage: scripts/measure-regime-size.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
./rightsdesk version >/dev/null   # build first

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'EOF'
import datetime, json, sys
work = sys.argv[1]
end = datetime.date(2026, 11, 30)
on = "2026-12-01"
def trips(every, length):
    start = end - datetime.timedelta(days=every * 10000)
    out = []
    for i in range(10000):
        d = start + datetime.timedelta(days=every * i)
        out.append({"entered": d.isoformat(), "left": (d + datetime.timedelta(days=length)).isoformat(),
                    "purpose": "PRIVATE", "ref": "trip-%d" % i})
    return out
stays = trips(4, 0)
json.dump({"on": on, "citizenship": "UZ", "stays": stays}, open(work + "/stays.json", "w"))
json.dump({"on": on, "citizenship": "UZ", "stays": trips(3, 1)}, open(work + "/overstays.json", "w"))
one = [{"arrived": (datetime.date(2026, 1, 12) + datetime.timedelta(days=i % 320)).isoformat(), "ref": "address-%d" % i}
       for i in range(10000)]
json.dump({"on": on, "citizenship": "UZ", "stays": [{"entered": "2026-01-12", "purpose": "WORK"}], "placesOfStay": one},
          open(work + "/places.json", "w"))
places = [{"arrived": s["entered"], "accommodation": "HOTEL"} for s in stays]
json.dump({"on": on, "citizenship": "UZ", "stays": stays, "placesOfStay": places}, open(work + "/both.json", "w"))
EOF
cp src/test/resources/regime/worker-2025.json "$work/worker.json"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() { # name format [java options]
  local name="$1" format="$2" opts="${3:-}" walls=() cpus=() rss=() heap=()
  for r in $(seq 1 "$runs"); do
    RIGHTSDESK_JAVA_OPTS="$opts -Xlog:gc:file=$work/gc.log" /usr/bin/time -f '%e %M %U %S' -o "$work/time" \
      ./rightsdesk regime assess "$work/$name.json" --format "$format" --lang en > "$work/out"
    walls+=("$(awk '{print $1 * 1000}' "$work/time")")
    rss+=("$(awk '{print int($2 / 1024)}' "$work/time")")
    cpus+=("$(awk '{print ($3 + $4) * 1000}' "$work/time")")
    heap+=("$(grep -o '[0-9]*M->' "$work/gc.log" | sed 's/M->//' | sort -n | tail -1 || true)")
  done
  local peak; peak="$(printf '%s\n' "${heap[@]}" | median)"
  printf '%-9s %-4s %-8s median wall %5s ms  cpu %5s ms  peak RSS %4s MB  peak heap %4s MB  output %6s KB\n' "$name" \
    "$format" "${opts:-default}" "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)" \
    "$(printf '%s\n' "${rss[@]}" | median)" \
    "${peak:-<1st GC}" "$(( $(wc -c < "$work/out") / 1024 ))"
}

# Inside one warm JVM (no start-up), phase by phase.
java -cp target/app/rightsdesk.jar scripts/RegimeSize.java "$runs" "$work"/worker.json "$work"/stays.json \
  "$work"/overstays.json "$work"/places.json "$work"/both.json

echo "regime assess, $runs runs each; inputs: $(du -k "$work"/*.json | awk '{printf "%s %s KB  ", $2, $1}' | sed "s|$work/||g")"
measure worker json
for name in stays overstays places both; do
  measure "$name" json
  measure "$name" text
done
measure both json -Xmx64m
measure both text -Xmx64m
