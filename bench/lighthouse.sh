#!/usr/bin/env bash
# Lighthouse (npm lighthouse 12.2.3, pinned: 13 needs Node 22) on every page of the built real guide, with
# the mobile and the desktop presets, through Debian's chromium (CHROME_PATH). Serves target/site on
# 127.0.0.1 and prints, per page and preset, the accessibility, best-practices and performance scores,
# the cumulative layout shift and what the page weighs as loaded (Lighthouse's total-byte-weight: bytes
# transferred). The site is served by bench/serve.py, which gzips text as web hosts do; PLAIN=1 serves it
# uncompressed (as `python3 -m http.server` does) to see a host that does not. Not a test: figures go in notes.
#   bench/lighthouse.sh [pages...]      (default: every page; run `mvn -q package` first; SITE=folder for another;
#                                        PRESETS=mobile for one preset)
set -euo pipefail
cd "$(dirname "$0")/.."
site=${SITE:-target/site}
[ -d "$site" ] || { echo "No $site: run mvn -q package first." >&2; exit 1; }
tools=target/lighthouse
[ -x "$tools/node_modules/.bin/lighthouse" ] || npm i -E --no-audit --no-fund --prefix "$tools" lighthouse@12.2.3 >/dev/null
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
port=${PORT:-8931}
serve=(python3 bench/serve.py "$site" "$port")
[ "${PLAIN:-0}" = 1 ] && serve+=(--plain)
echo "Served by bench/serve.py, $([ "${PLAIN:-0}" = 1 ] && echo uncompressed || echo gzipped as hosts do); load: $(cut -d' ' -f1-3 /proc/loadavg)"
"${serve[@]}" >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 1
pages=("$@")
[ ${#pages[@]} -gt 0 ] || mapfile -t pages < <(cd "$site" && find . -name '*.html' | sed 's|^\./||' | sort)
out=target/lighthouse/reports
mkdir -p "$out"
printf '%-48s %-8s %5s %5s %5s %6s %8s\n' page preset a11y bp perf CLS KB
for page in "${pages[@]}"; do
  for preset in ${PRESETS:-mobile desktop}; do
    report="$out/$(echo "$page" | tr '/' '_').$preset.json"
    flags=(--quiet --output=json --output-path="$report" --only-categories=accessibility,best-practices,performance
           --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync")
    [ "$preset" = desktop ] && flags+=(--preset=desktop)
    "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" "${flags[@]}" >/dev/null 2>&1 || true
    python3 - "$report" "$page" "$preset" <<'PY'
import json, sys
try:
    r = json.load(open(sys.argv[1]))
except Exception:
    print("%-48s %-8s failed" % (sys.argv[2], sys.argv[3])); sys.exit()
c = r["categories"]; a = r["audits"]
score = lambda k: "%5d" % round((c[k]["score"] or 0) * 100)
failing = [k for k, v in a.items() if v.get("score") is not None and v["score"] < 1 and v.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
           and k in [ref["id"] for cat in ("accessibility", "best-practices") for ref in c[cat]["auditRefs"]]]
print("%-48s %-8s %s %s %s %6.3f %8.1f %s" % (sys.argv[2], sys.argv[3], score("accessibility"), score("best-practices"), score("performance"),
      a["cumulative-layout-shift"]["numericValue"], a["total-byte-weight"]["numericValue"] / 1024, " ".join(failing)))
PY
  done
done
