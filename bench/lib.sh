# Shared helpers for the bench/ scripts; source it from the repository root: `. bench/lib.sh`.
# Needs ../shared/bench/gen-corpus.py beside the repository (override with GEN=path), python3 and the .NET SDK.

GEN=${GEN:-../shared/bench/gen-corpus.py}

# bench_corpus PAGES DIR [gen-corpus.py options...]
# Generates a corpus into DIR unless DIR/manifest.json already exists. A generated corpus is a Limber input folder
# as it is: content/*.md are authored pages, sources/*.txt raw passages (no site.yml: every setting at its default).
bench_corpus() {
  local pages=$1 dir=$2
  shift 2
  [ -f "$GEN" ] || { echo "bench: $GEN not found (set GEN=path/to/gen-corpus.py)" >&2; return 1; }
  if [ ! -f "$dir/manifest.json" ]; then
    python3 -B "$GEN" --pages "$pages" --out "$dir" "$@"
  fi
}

# bench_limber: builds the CLI once in Release and sets LIMBER to the compiled executable (run it directly: no
# `dotnet run`, so no restore or build inside a timed run) and LIMBER_KIND to a description of the build.
# With LIMBER_R2R=1 it publishes a ReadyToRun (precompiled) build for linux-x64 into .bench/limber-r2r instead.
bench_limber() {
  if [ "${LIMBER_R2R:-0}" = 1 ]; then
    dotnet publish src/Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
      -o .bench/limber-r2r -v quiet -nologo >/dev/null
    LIMBER=.bench/limber-r2r/limber
    LIMBER_KIND="Release, ReadyToRun publish (linux-x64, framework-dependent)"
  else
    dotnet build src/Cli -c Release -v quiet -nologo >/dev/null
    LIMBER=src/Cli/bin/Release/net10.0/limber
    LIMBER_KIND="Release build (JIT, tiered compilation)"
  fi
}

# bench_apt PACKAGE COMMAND: installs a Debian package when COMMAND is missing.
bench_apt() {
  if ! command -v "$2" >/dev/null 2>&1; then
    echo "bench: installing $1" >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq "$1" >/dev/null
  fi
}
