#!/usr/bin/env bash
# Search speed on a phone: Chromium with its CPU slowed 4x (CDP Emulation.setCPUThrottlingRate), 375 px,
# no cache, over the real guide and the 1,000-page synthetic guide. Prints, per site: the index load time
# (request for lunr.min.js to the index read into lunr.js), the bytes downloaded before the first result
# (gzipped) and the time from the last keystroke of a query to its results drawn. Medians and worst over
# several page loads. Not a test: the figures go in notes. Needs Debian's chromium and chromium-driver.
#   bench/search-speed.sh [runs] [sizes...]     (default: 3 runs; real 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(real 1000)
jar=generator/target/guide-generator.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests -Dguide.skipSite=true
(cd generator && mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null)
cp="generator/target/test-classes:generator/target/classes:$(cat generator/target/bench-classpath.txt)"
work=target/bench-search
mkdir -p "$work"
java=${JAVA:-java}
echo "Chromium: $(chromium --version 2>/dev/null || echo missing); cores: $(nproc); runs: $runs"
for size in "${sizes[@]}"; do
  if [ "$size" = real ]; then
    output="$work/real/site"
    "$java" -jar "$jar" build --source . --output "$output" >/dev/null
  else
    source="$work/synthetic-$size"
    python3 bench/synthetic.py . "$source" "$size"
    cp content/search.adoc "$source/content/" # the synthetic guide has no search page of its own
    output="$source/target/site"
    "$java" -jar "$jar" build --source "$source" --output "$output" >/dev/null
  fi
  "$java" -cp "$cp" -Dguide.root="$PWD" guide.index.SearchSpeed "$output" "$size" "$runs"
done
