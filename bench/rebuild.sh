#!/usr/bin/env bash
# Incremental rebuild benchmark: what preview does after a save, on a generated site.
#   bench/rebuild.sh [PAGES] [RUNS]     (default 10000 pages, 5 runs per case; corpus in the git-ignored .bench/)
# Needs ../shared/bench/gen-corpus.py beside the repository, python3 and the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-10000}"
runs="${2:-5}"
gen="../shared/bench/gen-corpus.py"
[ -f "$gen" ] || { echo "bench/rebuild.sh: $gen not found" >&2; exit 1; }
dir=".bench/check-$pages"
if [ ! -f "$dir/manifest.json" ]; then
  python3 -B "$gen" --pages "$pages" --out "$dir"
fi
dotnet build bench/Limber.Bench.Rebuild -c Release -v quiet -nologo >/dev/null
dotnet bench/Limber.Bench.Rebuild/bin/Release/net10.0/Limber.Bench.Rebuild.dll "$dir" "$runs"
