#!/usr/bin/env bash
# Dedupe benchmark: Ingest + Dedupe on ~10k and ~100k generated passages, scored against the generator's ground truth.
#
#   bench/dedupe.sh            # generate (once) into .bench/, build Release, run each size RUNS times (default 3)
#   RUNS=1 bench/dedupe.sh
#
# Corpora come from ../shared/bench/gen-corpus.py (override with GEN=path). Only sources/*.txt and manifest.json are
# used; the generated content/ pages are deleted to save disk. .bench/ is git-ignored.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${RUNS:-3}
OUT=.bench
declare -A PAGES=([10k]=7700 [100k]=77800)   # 9,894 and 101,036 passages with seed 1

for size in 10k 100k; do
  dir="$OUT/c$size"
  bench_corpus "${PAGES[$size]}" "$dir" --seed 1
  rm -rf "$dir/content"
done

dotnet build -c Release bench/Limber.Bench.Dedupe -v q -nologo >/dev/null
BIN=bench/Limber.Bench.Dedupe/bin/Release/net10.0/Limber.Bench.Dedupe

declare -A BEST
for size in 10k 100k; do
  echo "== $size"
  best=""
  for run in $(seq "$RUNS"); do
    log=$(mktemp)
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -v "$BIN" "$OUT/c$size" >"$log" 2>"$log.time"
      rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); print int($2/1024)}' "$log.time")
    else
      "$BIN" "$OUT/c$size" >"$log"
      rss=n/a
    fi
    wall=$(sed -n 's/.*wall_ms=\([0-9]*\).*/\1/p' "$log")
    echo "run $run: $(grep -o 'ingest_ms=.*' "$log") max_rss_mb=$rss"
    if [ -z "$best" ] || [ "$wall" -lt "$best" ]; then best=$wall; cp "$log" "$OUT/last-$size.txt"; fi
    rm -f "$log" "$log.time"
  done
  BEST[$size]=$best
  grep -v '^run' "$OUT/last-$size.txt"
  echo "best wall_ms=$best"
done

awk -v a="${BEST[10k]}" -v b="${BEST[100k]}" 'BEGIN { printf "growth 10k -> 100k (best wall): %.1fx\n", b / a }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
