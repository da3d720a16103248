#!/usr/bin/env bash
# Benchmark of the citation and cross-link checks on a generated site, and a comparison of what they find with
# the breakages gen-corpus.py planted (manifest.json).
#   bench/check.sh [PAGES]      (default 10000; corpus and output go to the git-ignored .bench/)
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
