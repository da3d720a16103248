#!/usr/bin/env bash
# Compares builds of Limber on one corpus, cold, interleaved round by round (the shared 2-core machine drifts; a
# build run in another minute is no comparison):
#   bench/ab.sh ROUNDS CORPUS NAME=DIR [NAME=DIR ...]
# Each DIR holds a `limber` executable (a ReadyToRun publish:
#   git worktree add /tmp/wt COMMIT && dotnet publish /tmp/wt/src/Cli -c Release -r linux-x64 --self-contained false \
#     -p:PublishReadyToRun=true -o DIR).
# Every round builds CORPUS with each, in the order given, as `limber build --no-cache --search-index builtin`, into
# /dev/shm (deleted before each build), timed with /usr/bin/time. Prints each run (wall, user, sys, peak RSS), then
# per build: wall and CPU (user+sys) range and median, the minimum of each (noise only ever adds time), peak RSS, and
# the median of each round's own wall ratio to the first build. Needs GNU time (bench_apt time) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
rounds=${1:?usage: bench/ab.sh ROUNDS CORPUS NAME=DIR [NAME=DIR ...]}
corpus=${2:?usage: bench/ab.sh ROUNDS CORPUS NAME=DIR [NAME=DIR ...]}
shift 2
bench_apt time /usr/bin/time
log=$(mktemp)
for round in $(seq 1 "$rounds"); do
  for pair in "$@"; do
    name=${pair%%=*} dir=${pair#*=}
    out=/dev/shm/limber-ab-$name
    rm -rf "$out"
    /usr/bin/time -f "$name $round %e %U %S %M" -o "$log.one" "$dir/limber" build -i "$corpus" -o "$out" \
      --no-cache --search-index builtin -v quiet >/dev/null 2>&1 || true
    cat "$log.one" | tee -a "$log"
    rm -rf "$out"
  done
done
python3 -B - "$log" <<'PY'
import collections, statistics as st, sys
runs = collections.defaultdict(list); by_round = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    p = line.split()
    if len(p) != 6:
        continue
    name, rnd, wall, user, system, rss = p
    runs[name].append((float(wall), float(user) + float(system), int(rss) / 1024))
    by_round[rnd][name] = float(wall)
names = list(runs)
print()
print("| build | wall | wall median | wall min | CPU median | CPU min | peak RSS median | wall / " + names[0] + " (median of rounds) |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for n in names:
    w = [r[0] for r in runs[n]]; c = [r[1] for r in runs[n]]; m = [r[2] for r in runs[n]]
    ratios = [r[n] / r[names[0]] for r in by_round.values() if n in r and names[0] in r]
    print(f"| {n} | {min(w):.2f}-{max(w):.2f} s | {st.median(w):.2f} s | {min(w):.2f} s | {st.median(c):.2f} s | {min(c):.2f} s | {st.median(m):.0f} MB | {st.median(ratios):.3f} |")
PY
rm -f "$log" "$log.one"
