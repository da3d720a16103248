#!/usr/bin/env bash
# Search as a reader meets it, by site size (issue #18): build time with the built-in index and with Pagefind, then
# the time from the last keystroke to results and the bytes one query transfers, in headless Chromium.
#   bench/search.sh PAGES [QUERY...]      e.g. bench/search.sh 10000 stretch hamstring "knee pain" sciatica plank
# Generates (or reuses) a corpus of PAGES pages under .bench/search/ (bench/lib.sh), builds it with
# `--search-index builtin` and with `pagefind` (wall, CPU and peak memory from /usr/bin/time), serves each
# site on 127.0.0.1 gzipped as Netlify serves it (bench/search/serve.py logs the bytes of every response), and types
# each query key by key, 60 ms apart, into /search/ (bench/search/measure.mjs over the DevTools protocol):
# `ms` is the page's own figure (performance.now from the last keystroke's input event to the results in the list),
# `kb` what the server sent between the first keystroke and the results (Pagefind's worker fetches included).
# Needs python3, node (>= 20: --experimental-websocket), Debian's chromium, npm (Pagefind, package.json) and the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
pages=${1:?usage: bench/search.sh PAGES [QUERY...]}
shift
queries=("$@")
[ ${#queries[@]} -gt 0 ] || queries=(stretch hamstring "knee pain" sciatica plank)
work=.bench/search
mkdir -p "$work"
bench_corpus "$pages" "$work/c$pages" --broken-rate 0 >/dev/null
bench_limber
port=$((8700 + RANDOM % 200))
for mode in builtin pagefind; do
  out="$work/site-$pages-$mode"
  rm -rf "$out"
  /usr/bin/time -f "$mode build: wall %e s, cpu %U+%S s, peak %M KB" "$LIMBER" build --input "$work/c$pages" --output "$out" \
    --no-cache --search-index "$mode" -v quiet
  python3 -B bench/search/serve.py "$port" "$out" & server=$!
  sleep 1
  node --experimental-websocket --no-warnings bench/search/measure.mjs "http://127.0.0.1:$port/" \
    $([ "$mode" = builtin ] && echo --block-pagefind) "${queries[@]}"
  kill "$server"
  port=$((port + 1))
done
