#!/usr/bin/env bash
# The benchmark: whole-process cold builds (no output, no cached search index) of the real guide and of
# synthetic guides of 30, 300 and 1,000 realistic pages (bench/synthetic.py), several runs each; prints
# the median wall time, CPU time and peak memory. Not a test: figures go in notes.
#   bench/run.sh [runs] [sizes...]     (default 3 runs; sizes real 30 300 1000)
#   JAVA=/path/to/java JAVA_FLAGS="-Xmx1g" bench/run.sh      (another JVM or JVM flags)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(real 30 300 1000)
jar=generator/target/guide-generator.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests -Dguide.skipSite=true
work=target/bench
mkdir -p "$work"
java=${JAVA:-java}
read -r -a flags <<< "${JAVA_FLAGS:-}"
echo "Java: $($java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  if [ "$n" = real ]; then
    python3 bench/measure.py "real guide" "$runs" --clean "$work/real" -- \
      "$java" "${flags[@]}" -jar "$jar" build --source . --output "$work/real/site"
  else
    python3 bench/synthetic.py . "$work/synthetic-$n" "$n"
    python3 bench/measure.py "synthetic $n pages" "$runs" --clean "$work/synthetic-$n/target" -- \
      "$java" "${flags[@]}" -jar "$jar" build --source "$work/synthetic-$n" --output "$work/synthetic-$n/target/site"
  fi
done

# The search index figures too (index time cold and cached, sizes); BENCH_SEARCH=0 leaves them out.
if [ "${BENCH_SEARCH:-1}" = 1 ]; then bench/search-index.sh "$runs" "${sizes[@]}"; fi
# Search in a phone-speed browser (index load, bytes before the first result, keystroke to results).
if [ "${BENCH_SEARCH:-1}" = 1 ]; then bench/search-speed.sh "$runs"; fi

# What the whole-guide PDF adds to a build (its stage's time) and its pages and size; BENCH_PDF=0 leaves it out.
if [ "${BENCH_PDF:-1}" = 1 ]; then bench/guide-pdf.sh "$runs"; fi
