#!/usr/bin/env bash
# Scale benchmark of issue #8: full Limber builds against Hugo on 1,000- and 10,000-page generated sites, a second
# (no-change) Limber build, per-stage timings, and PASS/FAIL for each target. See bench/README.md.
#
#   bench/scale.sh                 # both sizes, RUNS rounds each (default: 5 at 1k, 5 at 10k)
#   RUNS=3 bench/scale.sh          # 3 rounds per size
#   SIZES=10000 bench/scale.sh     # one size only (the growth target is then not measured)
#   LIMBER_R2R=0 bench/scale.sh    # time the plain Release build (JIT) instead of the ReadyToRun publish
#   LIMBER_R2R=compare bench/scale.sh   # time both in the same rounds (the ReadyToRun publish is the one judged)
#   QUIET_LOAD=1 bench/scale.sh    # before each round wait (at most QUIET_WAIT s, default 300) until the 1-minute load average is below 1
#
# Corpora, Hugo sites, outputs and logs go to the git-ignored .bench/; the results are also written as Markdown to
# bench/results-scale.md (bench/results-scale-jit.md with LIMBER_R2R=0; override with RESULTS=path).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SIZES=${SIZES:-"1000 10000"}
bench_apt hugo hugo
[ -x /usr/bin/time ] || { echo "bench: installing time" >&2; apt-get update -qq >/dev/null; apt-get install -y -qq time >/dev/null; }

# The CLI as a user would install it for big sites: a ReadyToRun publish (see the README's "Speed" section).
LIMBER_R2R=${LIMBER_R2R:-1}
if [ "$LIMBER_R2R" = 0 ]; then RESULTS=${RESULTS:-bench/results-scale-jit.md}; else RESULTS=${RESULTS:-bench/results-scale.md}; fi

echo "building Limber once (Release)..."
args=()
if [ "$LIMBER_R2R" = compare ]; then
  LIMBER_R2R=0 bench_limber
  args+=(--alt-limber "$LIMBER" --alt-name "JIT (plain Release build)")
  LIMBER_R2R=1 bench_limber
else
  bench_limber
fi
for n in $SIZES; do
  bench_corpus "$n" ".bench/scale-$n" --broken-rate 0 >/dev/null
  args+=(--corpus "$n=.bench/scale-$n" --runs "$n=${RUNS:-5}")
done
python3 -B bench/scale.py --limber "$LIMBER" --limber-kind "$LIMBER_KIND" "${args[@]}" --results "$RESULTS" --quiet-load "${QUIET_LOAD:-0}" --quiet-wait "${QUIET_WAIT:-300}"
