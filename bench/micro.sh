#!/usr/bin/env bash
# BenchmarkDotNet micro-benchmarks of hot functions (bench/Limber.Bench.Micro, not in Statiq.sln): text
# normalization, MinHash fingerprinting, front-matter parsing, and link validation (reading and classifying links).
#
#   bench/micro.sh                          # all benchmarks, on the 1,000-page corpus and the site built from it
#   bench/micro.sh --filter '*Normalize*'   # arguments go to BenchmarkDotNet
#
# Inputs: .bench/scale-1000 (generated like bench/scale.sh does) and .bench/scale-1000.limber-out (built here if
# missing). BenchmarkDotNet's own reports go to BenchmarkDotNet.Artifacts/ under .bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_corpus 1000 .bench/scale-1000 --broken-rate 0 >/dev/null
if [ ! -f .bench/scale-1000.limber-out/index.html ]; then
  bench_limber
  "$LIMBER" build --input .bench/scale-1000 --output .bench/scale-1000.limber-out -v quiet
fi
dotnet build -c Release bench/Limber.Bench.Micro -v quiet -nologo >/dev/null
export LIMBER_BENCH_CORPUS=$PWD/.bench/scale-1000 LIMBER_BENCH_SITE=$PWD/.bench/scale-1000.limber-out
cd .bench
if [ $# -eq 0 ]; then set -- --filter '*'; fi
../bench/Limber.Bench.Micro/bin/Release/net10.0/Limber.Bench.Micro "$@"
