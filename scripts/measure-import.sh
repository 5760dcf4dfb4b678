#!/usr/bin/env bash
# Import throughput through the CLI: `./rightsdesk import articles DIR` into a fresh SQLite data
# directory, N runs, median articles per second of the import itself (as the command's summary line
# prints it; JVM start-up excluded) and the median wall time of the whole command.
#   corpus:  ../shared/corpus as it is (20 articles, 21 other files skipped)
#   copies:  each corpus article 10 times with an opening line of our own, so that 180 of the 200
#            files are near-duplicates and go through the grouping path
# Usage: scripts/measure-import.sh [runs] [corpus dir]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
corpus="${2:-../shared/corpus}"
[ -d "$corpus" ] || { echo "measure-import: no corpus at $corpus" >&2; exit 1; }
./rightsdesk version >/dev/null   # build first

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/copies"
for f in "$corpus"/seeds/*.txt "$corpus"/dev/*.txt; do
  for i in $(seq 1 10); do
    { printf 'Editor'"'"'s note %s: this copy of the article was saved again for the throughput measurement.\n\n' "$i"; cat "$f"; } \
      > "$work/copies/$(basename "$f" .txt)-$i.txt"
  done
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for set in corpus copies; do
  dir="$corpus"; [ "$set" = copies ] && dir="$work/copies"
  rates=(); walls=()
  for r in $(seq 1 "$runs"); do
    data="$work/data-$set-$r"
    start=$(date +%s%N)
    line="$(./rightsdesk import articles "$dir" --data "$data" --no-progress | tail -1)"
    end=$(date +%s%N)
    rates+=("$(sed -n 's/.*(\([0-9.]*\) per second).*/\1/p' <<<"$line")")
    walls+=("$(( (end - start) / 1000000 ))")
  done
  echo "$set: $line"
  printf '%s: median %s articles/s over %s runs (import only); median wall time %s ms per command\n' "$set" \
    "$(printf '%s\n' "${rates[@]}" | median)" "$runs" "$(printf '%s\n' "${walls[@]}" | median)"
done
