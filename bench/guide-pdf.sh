#!/usr/bin/env bash
# The guide PDF's cost: whole-process builds of the real guide, several runs; prints the median, fastest
# and slowest time of the "guide pdf" stage (what the PDF adds to a build: its renderer warms up in the
# background while the pages bake, so this is the wait that is left), and the PDF's pages and size.
# On a shared machine, take the fastest run as the nearest to an idle machine and say so with the figure.
# Not a test: the figures go in notes.
#   bench/guide-pdf.sh [runs]        (default 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
jar=generator/target/guide-generator.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests -Dguide.skipSite=true
java=${JAVA:-java}
out=target/bench-pdf/site
mkdir -p "$(dirname "$out")"
times=()
for _ in $(seq "$runs"); do
  log=$("$java" -jar "$jar" build --source . --output "$out")
  times+=("$(sed -nE 's/^ +guide pdf +([0-9]+) ms$/\1/p' <<<"$log")")
done
# The figures the site shows readers, from the home page's link: "(PDF, 70 pages, 0.5 MB)".
pages=$(grep -oE 'PDF, [0-9]+ pages' "$out/index.html" | head -1 | grep -oE '[0-9]+')
python3 - "$pages" "$(wc -c <"$out/guide.pdf")" "$(nproc)" "${times[@]}" <<'PY'
import statistics, sys
pages, size, cores, times = sys.argv[1], int(sys.argv[2]), sys.argv[3], [int(t) for t in sys.argv[4:]]
print("guide pdf stage: runs=%d median %d ms (min %d, max %d); %s pages, %.2f MB; cores: %s; load average now: %s"
      % (len(times), statistics.median(times), min(times), max(times), pages, size / 1048576, cores,
         open('/proc/loadavg').read().split()[0]))
PY
