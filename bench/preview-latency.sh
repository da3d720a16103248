#!/usr/bin/env bash
# Preview latency: file saved → rebuilt (and → browser reloaded) in a real `limber preview` session.
#
#   bench/preview-latency.sh            # real input/ (with headless Chromium) and a 10,000-page generated corpus
#   RUNS=5 PAGES=2000 bench/preview-latency.sh
#
# Each case copies its input folder into .bench/ (git-ignored), starts a preview session on it, edits one page RUNS
# times (after one warm-up edit) and prints per-edit and median/p90 figures. The 10,000-page corpus comes from
# ../shared/bench/gen-corpus.py (override with GEN=path); it is generated once.
set -euo pipefail
cd "$(dirname "$0")/.."
GEN=${GEN:-../shared/bench/gen-corpus.py}
RUNS=${RUNS:-10}
PAGES=${PAGES:-10000}
OUT=.bench/preview
mkdir -p "$OUT"

dotnet build -c Release bench/Limber.Bench.Preview -v q -nologo >/dev/null
BIN=bench/Limber.Bench.Preview/bin/Release/net10.0/Limber.Bench.Preview

echo "== real input/ (edit content/about.md; browser: /usr/bin/chromium)"
rm -rf "$OUT/real" "$OUT/real-out"
cp -r input "$OUT/real"
browser=()
[ -x /usr/bin/chromium ] && browser=(--browser)
"$BIN" "$OUT/real" "$OUT/real-out" "$OUT/real/content/about.md" "$RUNS" "${browser[@]}"

echo "== generated corpus, $PAGES pages (edit one content page)"
if [ ! -f "$OUT/gen$PAGES/manifest.json" ]; then
  python3 "$GEN" --pages "$PAGES" --out "$OUT/gen$PAGES" --seed 1 --broken-rate 0 >/dev/null
fi
rm -rf "$OUT/gen-copy" "$OUT/gen-out"
cp -r "$OUT/gen$PAGES" "$OUT/gen-copy"
rm -f "$OUT/gen-copy/manifest.json"
page=$(find "$OUT/gen-copy/content" -name '*.md' | sort | awk 'NR == 1')
"$BIN" "$OUT/gen-copy" "$OUT/gen-out" "$page" "${RUNS_LARGE:-3}"
