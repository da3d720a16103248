#!/usr/bin/env bash
# Benchmark of the citation and cross-link checks on a generated site, and a comparison of what they find with
# the breakages gen-corpus.py planted (manifest.json); then what the checks add to a full build, measured directly:
# the same pipeline with and without the check stages (bench/Limber.Bench.Check, a ReadyToRun publish), alternating
# in fresh processes (which goes first swaps every round), ROUNDS times (default 3).
#   bench/check.sh [PAGES]      (default 10000; corpus and output go to the git-ignored .bench/)
#   ROUNDS=5 bench/check.sh
# Needs ../shared/bench/gen-corpus.py beside the repository, python3 and the .NET SDK (see bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
pages="${1:-10000}"
dir=".bench/check-$pages"
bench_corpus "$pages" "$dir"
bench_limber
limber=$LIMBER
set +e
/usr/bin/time -f "wall %e s, max RSS %M KB" "$limber" build --search-index builtin --input "$dir" --output "$dir.out" --report "$dir.report.json" --sarif "$dir.sarif" -v quiet
set -e
set +e
python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
report = json.load(open(d + ".report.json"))
manifest = json.load(open(d + "/manifest.json"))
stages = {s["name"]: s["ms"] for s in report["stages"]}
print("stages (ms):", stages)
checks = sum(stages.get(n, 0) for n in ("referencepages", "check", "linkcheck"))
print(f"check stages: {checks} ms (referencepages + check + linkcheck), on {manifest['pages']} pages")
kinds = {"LMB4040": "link", "LMB4041": "anchor", "LMB4010": "footnote", "LMB4011": "footnote-unused", "LMB4012": "footnote-duplicate", "LMB4030": "xref", "LMB4031": "xref-ambiguous"}
prefix = d.rstrip("/") + "/"
found = sorted((x["file"][len(prefix):], kinds[x["code"]]) for x in report["diagnostics"] if x["code"] in kinds)
planted = sorted((b["file"], b["kind"]) for b in manifest["broken"])
missed = sorted(set(planted) - set(found))
extra = sorted(set(found) - set(planted))
print(f"planted {len(planted)}, found {len(found)}, missed {len(missed)}, extra {len(extra)}")
for m in missed: print("  missed", m)
for e in extra[:20]: print("  extra", e)
sys.exit(0 if not missed and not extra and len(found) == len(planted) else 1)
PY
found=$?
set -e

rounds="${ROUNDS:-3}"
dotnet publish bench/Limber.Bench.Check -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o .bench/bench-check -v quiet -nologo >/dev/null
# Outputs go to memory (/dev/shm, when there is one) and are deleted after each run: the comparison is about CPU, and
# on this machine's disk, writing and deleting 10,000-file folders back to back slows every run by seconds at random.
trash=$(mktemp -d "$( [ -d /dev/shm ] && echo /dev/shm || echo .bench )/limber-check.XXXXXX")
trap 'rm -rf "$trash"' EXIT
echo "what the checks add to a full build ($rounds rounds, each variant in a fresh process, alternating):"
results=()
for r in $(seq "$rounds"); do
  order="with without"
  [ $((r % 2)) = 0 ] && order="without with" # each variant goes first every other round
  for variant in $order; do
    out="$trash/$variant-$r"
    line=$(.bench/bench-check/Limber.Bench.Check "$variant" "$dir" "$out")
    rm -rf "$out"
    read -r _ wall count cpu <<<"$line"
    echo "  round $r: $variant checks $wall ms ($count diagnostics, $cpu ms of processor time)"
    results+=("$r $line")
    sleep 2
  done
done
printf '%s\n' "${results[@]}" >"$trash/results.txt"
python3 - "$trash/results.txt" <<'PY'
import statistics, sys
wall, cpu, rounds = {"with": [], "without": []}, {"with": [], "without": []}, {}
for line in open(sys.argv[1]):
    r, variant, ms, _, processor = line.split()
    wall[variant].append(int(ms))
    cpu[variant].append(int(processor))
    rounds.setdefault(r, {})[variant] = int(ms)
w, wo = statistics.median(wall["with"]), statistics.median(wall["without"])
paired = statistics.median(v["with"] - v["without"] for v in rounds.values())
cw, cwo = statistics.median(cpu["with"]), statistics.median(cpu["without"])
print(f"median with checks {w:.0f} ms, without {wo:.0f} ms: the checks add {w - wo:.0f} ms")
print(f"median of the rounds' own differences: {paired:.0f} ms")
print(f"processor time (all threads), median: with {cw:.0f} ms, without {cwo:.0f} ms: {cw - cwo:.0f} ms more")
PY
exit $found
