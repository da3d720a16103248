#!/usr/bin/env bash
# Builds a documentation folder written for another generator (MkDocs, Hugo, Starlight, Zola, …) as an author
# migrating it would, and reports how faithfully Limber builds it (issue #16):
#   bench/realdocs.sh DIR [NAME]
# DIR is the folder that holds the Markdown (MkDocs' docs/, Hugo's content/ or content/en/). Its Markdown files
# (.md, .markdown) are copied under content/ of a fresh input folder, every other file beside its page (page
# bundles, img/ folders), or under static/ with ASSETS=static. The input folder and the site go to the git-ignored
# .bench/realdocs/NAME/ (NAME defaults to DIR's path with '/' as '-'); nothing is written into DIR.
# Prints: pages, crash (an exit code other than 0/1, a stack trace or an internal error), the share of pages reachable
# from / by links, diagnostics by code, and for each link diagnostic whether its target is truly missing in DIR
# (resolved the way the author wrote it: relative to the page's file, '/' from DIR, with or without '.md').
# Link and reference problems are made warnings in the input's site.yml (so the site is written and can be
# measured); everything else keeps its severity. Exit status 0 unless the build crashed. Needs python3 and the .NET SDK (see bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
src="${1:?usage: bench/realdocs.sh DIR [NAME]}"
src="$(cd "$src" && pwd)"
name="${2:-$(echo "${1%/}" | sed 's#^\(\.\./\)*##; s#^shared/##; s#/#-#g')}"
work=".bench/realdocs/$name"
rm -rf "$work"
mkdir -p "$work/input/content"
python3 -B - "$src" "$work/input" "${ASSETS:-beside}" <<'PY'
import os, shutil, sys
src, dest, assets = sys.argv[1], sys.argv[2], sys.argv[3]
for root, dirs, files in os.walk(src):
    dirs[:] = [d for d in dirs if not d.startswith('.')]
    rel = os.path.relpath(root, src)
    for f in files:
        if f.startswith('.'):
            continue
        markdown = f.lower().endswith(('.md', '.markdown'))
        top = 'content' if markdown or assets == 'beside' else 'static'
        target = os.path.normpath(os.path.join(dest, top, rel, f))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(os.path.join(root, f), target)
PY
# Broken links and references in a folder written for another generator are the author's to fix after the move;
# until then they are warnings (site.yml's severity), so the site is written and its navigation can be measured.
# Every one is still listed below with the verdict on its target.
cat >"$work/input/site.yml" <<'YML'
title: Migrated documentation
severity: { LMB4040: warning, LMB4041: warning, LMB4030: warning, LMB4031: warning, LMB4001: warning, LMB4010: warning }
YML
if [ -n "${LIMBER:-}" ]; then LIMBER_KIND="given build $LIMBER"; else bench_limber; fi
set +e
start=$(date +%s.%N)
"$LIMBER" build --search-index builtin --no-cache --input "$work/input" --output "$work/output" --report "$work/report.json" -v quiet \
  >"$work/stdout.txt" 2>"$work/stderr.txt"
code=$?
end=$(date +%s.%N)
set -e
echo "realdocs: $src (assets ${ASSETS:-beside}; $LIMBER_KIND)"
echo "build: exit $code in $(python3 -c "print(f'{$end - $start:.1f}')") s; console output in $work/stdout.txt"
python3 -B bench/realdocs.py "$src" "$work" "$code"
