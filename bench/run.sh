#!/usr/bin/env bash
# The benchmark: whole-process builds of the real guide and of synthetic guides of 30, 300 and 1,000
# pages, several runs each; prints median wall time and peak memory. Not a test: figures go in notes.
#   bench/run.sh [runs]        (default 3 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
jar=generator/target/guide-generator.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests -Dguide.skipSite=true
work=target/bench
mkdir -p "$work"
java=${JAVA:-java}
echo "Java: $($java -version 2>&1 | head -1); cores: $(nproc)"
python3 bench/measure.py "real guide" "$runs" $java -jar "$jar" build --source . --output "$work/real-site"
for n in 30 300 1000; do
  python3 bench/synthetic.py . "$work/synthetic-$n" "$n"
  python3 bench/measure.py "synthetic $n pages" "$runs" $java -jar "$jar" build --source "$work/synthetic-$n" --output "$work/synthetic-$n/target/site"
done
# The search index's own figures: index time cold and cached, index and store sizes.
bench/search-index.sh "$runs"
# Search in a phone-speed browser: index load, bytes before the first result, keystroke to results.
bench/search-speed.sh "$runs"
