#!/usr/bin/env bash
# Search index benchmark: for the real guide and synthetic guides of 30, 300 and 1,000 pages, whole-process
# builds, several runs each, medians of
#   - the index stage's time (the "index" line the build prints) with no cached index ("cold": GraalJS
#     builds it, its engine warmed while the pages baked) and with the cache from the previous build;
#   - the whole build's wall time in both cases;
#   - the sizes of search/search-index.js (loaded before the first result) and of the snippet text parts
#     search/search-text-N.js (loaded after it), raw and gzipped.
# Not a test: the figures go in notes.
#   bench/search-index.sh [runs] [sizes...]     (default: 3 runs; real 30 300 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(real 30 300 1000)
jar=generator/target/guide-generator.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests -Dguide.skipSite=true
java=${JAVA:-java}
work=target/bench-search
mkdir -p "$work"

median() { python3 -c 'import statistics,sys; print(int(statistics.median(float(x) for x in sys.argv[1:])))' "$@"; }
gz() { gzip -9 -c "$1" | wc -c; }

# One whole-process build; prints "<index stage ms> <wall ms>".
build() {
  local source=$1 output=$2 log start end
  log=$(mktemp)
  start=$(date +%s%N)
  if ! "$java" -jar "$jar" build --source "$source" --output "$output" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    exit 1
  fi
  end=$(date +%s%N)
  echo "$(sed -nE 's/^ +index +([0-9]+) ms$/\1/p' "$log") $(((end - start) / 1000000))"
  rm -f "$log"
}

echo "Java: $($java -version 2>&1 | head -1); cores: $(nproc); runs: $runs (medians)"
printf '%-10s %8s %10s %10s %11s %11s %14s %18s\n' site sections "index cold" "index hit" "build cold" "build hit" "index.js raw/gz" "text parts raw/gz"
for size in "${sizes[@]}"; do
  if [ "$size" = real ]; then
    source=.
    output="$work/real/site"
  else
    source="$work/synthetic-$size"
    python3 bench/synthetic.py . "$source" "$size"
    output="$source/target/site"
  fi
  cache="$(dirname "$output")/.search-index-cache"
  cold_index=(); cold_wall=(); hit_index=(); hit_wall=()
  for _ in $(seq "$runs"); do
    rm -rf "$cache"
    read -r i w < <(build "$source" "$output")
    cold_index+=("$i"); cold_wall+=("$w")
  done
  for _ in $(seq "$runs"); do
    read -r i w < <(build "$source" "$output")
    hit_index+=("$i"); hit_wall+=("$w")
  done
  index="$output/search/search-index.js"
  parts=("$output"/search/search-text-*.js)
  text_raw=0; text_gz=0
  for part in "${parts[@]}"; do text_raw=$((text_raw + $(wc -c <"$part"))); text_gz=$((text_gz + $(gz "$part"))); done
  sections=$(python3 -c 'import json,sys; s=open(sys.argv[1]).read(); print(json.loads(s[s.index("=")+1:s.index(";\nwindow.guideSearchRelated")])["sections"])' "$index")
  printf '%-10s %8s %8s ms %8s ms %9s ms %9s ms %14s %18s\n' "$size" "$sections" \
    "$(median "${cold_index[@]}")" "$(median "${hit_index[@]}")" "$(median "${cold_wall[@]}")" "$(median "${hit_wall[@]}")" \
    "$(($(wc -c <"$index") / 1024))K/$(($(gz "$index") / 1024))K" "$((text_raw / 1024))K/$((text_gz / 1024))K in ${#parts[@]}"
done
