#!/usr/bin/env python3
"""Scale benchmark: Limber against Hugo on generated corpora, with the targets of issue #8.

Run through bench/scale.sh, which installs Hugo and GNU time if missing, builds Limber once and generates the
corpora; this script does the timing. For each corpus size it

  1. lays out a Hugo site from the same corpus (bench/hugo/ + the corpus's content/ and sources/);
  2. does one untimed warm-up build with each tool (so the OS file cache is warm for both);
  3. runs RUNS rounds; a round is a first Limber build (fresh process, fresh output folder, every check on), a
     second Limber build into the same output folder with nothing changed, and a Hugo build into a fresh
     destination; the order of Limber and Hugo alternates from round to round;
  4. prints medians, the Limber/Hugo ratios, Limber's per-stage timings (from --report) of the median run, and
     a PASS/FAIL table for each target, and writes the same as Markdown (--results).

Wall time and peak memory come from /usr/bin/time -f '%e %M' (elapsed seconds, maximum resident set size in KiB)
around each process. Standard library only.
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
EXEMPT = ("render", "write")          # the render+write pair is exempt from the 40% share target
MAX_SHARE = 0.40
WALL_VS_HUGO = 0.8
MAX_RSS_MB = 300
MAX_GROWTH = 11.0
MAX_SECOND_RATIO = 0.30


@dataclass
class Run:
    wall: float                      # seconds
    rss_mb: float                    # peak RSS, MiB
    exit_code: int
    cpu: float = 0.0                 # user + system CPU seconds (less sensitive than wall time to a busy machine)
    stages: dict[str, int] = field(default_factory=dict)   # Limber only: stage -> ms, in pipeline order
    streamed: dict[str, int] = field(default_factory=dict)  # Limber only: the part of a stage's ms spent alongside render

    def stage_wall_ms(self) -> int:
        """The wall time the stages account for: a streamed stage's per-file time ran alongside render, not after it."""
        return sum(ms - self.streamed.get(name, 0) for name, ms in self.stages.items())


@dataclass
class SecondBuild:
    run: Run
    files: int
    rewritten: int                   # files whose content, mtime or inode changed
    content_changed: int
    added: int
    removed: int


TRASH: Path | None = None


def set_aside(path: Path) -> None:
    """Moves a previous output folder out of the way instead of deleting it; the pile is deleted after the rounds.

    On this machine's disk, deleting ten thousand files makes file creation in the next few tens of seconds much
    slower (measured: writing the 10,000-page site took 0.8 s into a fresh folder, 5 to 10 s right after the previous
    output was deleted). Deleting between runs would time the cleanup of the previous run instead of the tool; a
    rename costs nothing, for both tools alike.
    """
    if TRASH is not None and path.exists():
        TRASH.mkdir(parents=True, exist_ok=True)
        path.rename(TRASH / f"{path.name}-{time.time_ns()}")


def log(msg: str = "") -> None:
    print(msg, flush=True)


def timed(cmd: list[str], log_path: Path, cwd: Path | None = None) -> Run:
    """Runs cmd under /usr/bin/time; stdout and stderr go to log_path."""
    time_file = log_path.with_suffix(".time")
    with open(log_path, "wb") as out:
        proc = subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S", "-o", str(time_file), *cmd],
                              stdout=out, stderr=subprocess.STDOUT, cwd=cwd)
    text = time_file.read_text().strip().splitlines()
    # When the command fails, GNU time writes "Command exited with non-zero status N" before the figures.
    wall, rss_kb, user, system = text[-1].split()
    return Run(float(wall), int(rss_kb) / 1024, proc.returncode, float(user) + float(system))


def snapshot(root: Path) -> dict[str, tuple[str, int, int]]:
    """Relative path -> (sha256, mtime_ns, inode) of every file under root."""
    result = {}
    for dirpath, _, files in os.walk(root):
        for name in files:
            p = Path(dirpath, name)
            st = p.stat()
            h = hashlib.sha256(p.read_bytes()).hexdigest()
            result[str(p.relative_to(root))] = (h, st.st_mtime_ns, st.st_ino)
    return result


def stages_of(report: Path) -> dict[str, int]:
    data = json.loads(report.read_text())
    return {s["name"]: int(s["ms"]) for s in data["stages"]}


def streamed_of(report: Path) -> dict[str, int]:
    data = json.loads(report.read_text())
    return {s["name"]: int(s.get("streamedMs", 0)) for s in data["stages"]}


def wait_for_quiet(threshold: float, limit_s: float) -> None:
    """Waits (up to limit_s) until the 1-minute load average is below threshold; 0 turns it off."""
    if threshold <= 0:
        return
    waited = 0.0
    while os.getloadavg()[0] >= threshold and waited < limit_s:
        if waited == 0:
            log(f"  waiting for the load average ({os.getloadavg()[0]:.2f}) to drop below {threshold} (at most {limit_s:.0f} s)")
        time.sleep(5)
        waited += 5
    if waited >= limit_s:
        log(f"  load average still {os.getloadavg()[0]:.2f}; going on")


def median_run(runs: list[Run]) -> Run:
    """The run with the median wall time (the lower middle one for an even count)."""
    ordered = sorted(runs, key=lambda r: r.wall)
    return ordered[(len(ordered) - 1) // 2]


def med(values: list[float]) -> float:
    return statistics.median(values)


def make_hugo_site(corpus: Path, site: Path) -> int:
    """Lays out a Hugo site from the corpus; returns the number of source pages made from sources/*.txt."""
    if site.exists():
        shutil.rmtree(site)
    shutil.copytree(HERE / "hugo", site)
    (site / "assets").mkdir()
    shutil.copy(REPO / "theme" / "assets" / "site.css", site / "assets" / "site.css")
    (site / "static" / "assets").mkdir(parents=True)
    shutil.copy(REPO / "theme" / "assets" / "favicon.svg", site / "static" / "assets" / "favicon.svg")
    content = site / "content"
    content.mkdir()
    for md in sorted((corpus / "content").glob("*.md")):
        os.link(md, content / md.name)       # hard links: no copy of the text
    (content / "_index.md").write_text("---\ntitle: Limber\n---\n")
    sources = sorted((corpus / "sources").glob("*.txt"))
    raw = site / "raw"
    raw.mkdir()
    (content / "sources").mkdir()
    (content / "sources" / "_index.md").write_text("---\ntitle: Sources\n---\n")
    for txt in sources:
        os.link(txt, raw / txt.name)
        (content / "sources" / (txt.stem + ".md")).write_text(
            f'---\ntitle: "{txt.name}"\nlayout: source\nraw: "raw/{txt.name}"\n---\n')
    return len(sources)


def fmt_ms(ms: float) -> str:
    return f"{ms:,.0f} ms"


def tool_version(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip().splitlines()[0]
    except Exception as e:  # noqa: BLE001 - informative only
        return f"unknown ({e})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limber", required=True, help="the compiled limber executable")
    ap.add_argument("--limber-kind", required=True, help="how it was built (printed with the results)")
    ap.add_argument("--corpus", action="append", required=True, help="PAGES=DIR, a generated corpus (repeatable)")
    ap.add_argument("--runs", action="append", required=True, help="PAGES=N rounds for that size (repeatable)")
    ap.add_argument("--work", default=str(REPO / ".bench"), help="scratch folder (default .bench)")
    ap.add_argument("--results", help="write the results as Markdown to this file")
    ap.add_argument("--alt-limber", help="a second Limber executable, timed in the same rounds (first builds only) for comparison")
    ap.add_argument("--alt-name", default="alternative", help="what the second executable is (printed)")
    ap.add_argument("--quiet-load", type=float, default=0, help="before each round, wait until the 1-minute load average is below this (0: do not wait)")
    ap.add_argument("--quiet-wait", type=float, default=300, help="wait at most this many seconds per round (default 300)")
    args = ap.parse_args()

    limber = str(Path(args.limber).resolve())
    alt_limber = str(Path(args.alt_limber).resolve()) if args.alt_limber else ""
    work = Path(args.work).resolve()
    logs = work / "scale-logs"
    logs.mkdir(parents=True, exist_ok=True)
    global TRASH
    TRASH = work / "scale-trash"
    shutil.rmtree(TRASH, ignore_errors=True)   # left by an interrupted run
    corpora = {int(k): Path(v).resolve() for k, v in (c.split("=", 1) for c in args.corpus)}
    rounds = {int(k): int(v) for k, v in (c.split("=", 1) for c in args.runs)}
    sizes = sorted(corpora)

    md: list[str] = []   # the Markdown report

    def both(line: str = "") -> None:
        log(line)
        md.append(line)

    limber_version = tool_version([limber, "--version"])
    hugo_version = tool_version(["hugo", "version"])
    cpu_model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "src", "theme"], capture_output=True, text=True).stdout.strip()
    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = os.getloadavg()

    log(f"Limber: {limber_version}, {args.limber_kind}: {limber} (run directly, not through dotnet run)")
    log(f"Hugo:   {hugo_version}")
    log(f"Machine: {os.cpu_count()} cores, {cpu_model}; load average {load_before[0]:.2f} at start")

    results: dict[int, dict] = {}
    loads: list[float] = []   # 1-minute load average at the start of each round
    for pages in sizes:
        corpus = corpora[pages]
        n_rounds = rounds.get(pages, 3)
        site = work / f"hugo-{pages}"
        n_sources = make_hugo_site(corpus, site)
        n_md = len(list((corpus / "content").glob("*.md")))
        out = work / f"scale-{pages}.limber-out"
        dest = work / f"scale-{pages}.hugo-out"
        report1 = work / f"scale-{pages}.report.json"
        report2 = work / f"scale-{pages}.report2.json"
        # Search indexing (Pagefind) is timed apart, after the rounds: the targets are about the build itself.
        limber_cmd = [limber, "build", "--input", str(corpus), "--output", str(out), "--search-index", "builtin"]
        hugo_cmd = ["hugo", "--quiet", "--source", str(site), "--destination", str(dest)]

        def limber_first(tag: str, exe: str = limber) -> Run:
            set_aside(out)
            run = timed([exe, *limber_cmd[1:], "--report", str(report1)], logs / f"limber-{pages}-{tag}.log")
            if run.exit_code != 0:
                sys.exit(f"limber exited with {run.exit_code}; see {logs}/limber-{pages}-{tag}.log")
            run.stages = stages_of(report1)
            run.streamed = streamed_of(report1)
            return run

        def limber_second(tag: str) -> SecondBuild:
            before = snapshot(out)
            run = timed([*limber_cmd, "--report", str(report2)], logs / f"limber2-{pages}-{tag}.log")
            if run.exit_code != 0:
                sys.exit(f"second limber build exited with {run.exit_code}; see {logs}/limber2-{pages}-{tag}.log")
            run.stages = stages_of(report2)
            run.streamed = streamed_of(report2)
            after = snapshot(out)
            common = before.keys() & after.keys()
            rewritten = sum(1 for k in common if before[k] != after[k])
            changed = sum(1 for k in common if before[k][0] != after[k][0])
            return SecondBuild(run, len(after), rewritten, changed, len(after.keys() - before.keys()), len(before.keys() - after.keys()))

        def hugo(tag: str) -> Run:
            set_aside(dest)
            set_aside(site / "resources")   # Hugo's resource cache: start fresh too
            run = timed(hugo_cmd, logs / f"hugo-{pages}-{tag}.log")
            if run.exit_code != 0:
                sys.exit(f"hugo exited with {run.exit_code}; see {logs}/hugo-{pages}-{tag}.log")
            return run

        log()
        log(f"== {pages:,} pages ({n_md:,} Markdown pages, {n_sources} source files): warm-up, then {n_rounds} rounds")
        limber_first("warmup")
        hugo("warmup")
        limber_files = sum(len(f) for _, _, f in os.walk(out))
        hugo_files = sum(len(f) for _, _, f in os.walk(dest))
        lim: list[Run] = []
        hug: list[Run] = []
        sec: list[SecondBuild] = []
        alt: list[Run] = []
        if args.alt_limber:
            limber_first("alt-warmup", alt_limber)
        for i in range(1, n_rounds + 1):
            order = ("limber", "hugo") if i % 2 else ("hugo", "limber")
            if args.alt_limber:
                order = (*order, "alt") if i % 2 else ("alt", *order)
            wait_for_quiet(args.quiet_load, args.quiet_wait)
            loads.append(os.getloadavg()[0])
            parts = [f"load {loads[-1]:4.1f}"]
            for tool in order:
                if tool == "limber":
                    r = limber_first(str(i))
                    s = limber_second(str(i))
                    lim.append(r)
                    sec.append(s)
                    parts.append(f"limber {r.wall:5.2f} s {r.rss_mb:6.0f} MB, second build {s.run.wall:5.2f} s ({s.rewritten} of {s.files} files rewritten)")
                elif tool == "alt":
                    a = limber_first(f"alt-{i}", alt_limber)
                    alt.append(a)
                    parts.append(f"limber ({args.alt_name}) {a.wall:5.2f} s {a.rss_mb:6.0f} MB")
                else:
                    h = hugo(str(i))
                    hug.append(h)
                    parts.append(f"hugo {h.wall:5.2f} s {h.rss_mb:6.0f} MB")
            log(f"  round {i}: " + "; ".join(parts))
        search = None
        pagefind = Path("node_modules/.bin/pagefind")
        if pagefind.exists():
            search = timed([str(pagefind), "--site", str(out)], logs / f"pagefind-{pages}.log")
            log(f"  search indexing (Pagefind, apart from the build): {search.wall:5.2f} s wall, {search.cpu:5.1f} s CPU, {search.rss_mb:6.0f} MB")
        results[pages] = {
            "limber": lim, "hugo": hug, "second": sec, "limber_files": limber_files, "hugo_files": hugo_files,
            "n_md": n_md, "n_sources": n_sources, "alt": alt, "search": search,
        }

    load_after = os.getloadavg()

    # ---- Report -------------------------------------------------------------------------------------------------
    both()
    both(f"## Scale benchmark ({started:%Y-%m-%d %H:%M} UTC)")
    both()
    both(f"- Limber {limber_version} (commit {commit}{', with uncommitted changes in src/ or theme/' if dirty else ''}), "
         f"{args.limber_kind}, run directly as `limber build --input CORPUS --output DIR --search-index builtin --report FILE` "
         f"(every check on except `--check-external`, which needs the network; default verbosity, diagnostics to a log file)")
    both(f"- {hugo_version}, `hugo --quiet --source SITE --destination DIR`, fresh destination and no `resources/` cache each run, no `--minify`")
    busy = max(loads) > (os.cpu_count() or 1)
    both(f"- Machine: {os.cpu_count()} cores ({cpu_model}); 1-minute load average {load_before[0]:.2f} before, "
         f"{min(loads):.2f}–{max(loads):.2f} at the start of the rounds, {load_after[0]:.2f} after"
         f"{' (other work was running: wall times are stretched, CPU times and peak memory much less)' if busy else ''}. "
         "OS file cache warm for both tools (one untimed warm-up build each); Limber and Hugo alternate. "
         "Each tool's previous output folder is renamed aside before its run, not deleted, and the pile is deleted after the rounds: "
         "on this disk, deleting 10,000 files slows the next process's file writes for tens of seconds")
    both("- Corpus: `gen-corpus.py --pages N --broken-rate 0` (seed 1); no planted breakages, so every build succeeds and writes. "
         "Hugo gets the same `content/*.md`, plus one page per `sources/*.txt` that lists its passages by line (read with `readFile`); "
         "Limber also deduplicates and extracts those passages, which Hugo has no equivalent for")
    both("- Peak memory is the maximum resident set size (MB = 2^20 bytes); medians over the rounds")
    both()
    both("| pages | rounds | Limber wall | Hugo wall | Limber/Hugo wall | Limber peak RSS | Hugo peak RSS | Limber/Hugo RSS | CPU time Limber / Hugo | files written Limber / Hugo |")
    both("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for pages in sizes:
        r = results[pages]
        lw, hw = med([x.wall for x in r["limber"]]), med([x.wall for x in r["hugo"]])
        lm, hm = med([x.rss_mb for x in r["limber"]]), med([x.rss_mb for x in r["hugo"]])
        r.update(lw=lw, hw=hw, lm=lm, hm=hm)
        lc, hc = med([x.cpu for x in r["limber"]]), med([x.cpu for x in r["hugo"]])
        both(f"| {pages:,} | {len(r['limber'])} | {lw:.2f} s | {hw:.2f} s | **{lw / hw:.2f}** | {lm:.0f} MB | {hm:.0f} MB | **{lm / hm:.2f}** | "
             f"{lc:.2f} s / {hc:.2f} s | {r['limber_files']:,} / {r['hugo_files']:,} |")
    both()
    both("All rounds (wall s / peak MB / CPU s):")
    both()
    for pages in sizes:
        r = results[pages]
        both(f"- {pages:,} pages: Limber " + ", ".join(f"{x.wall:.2f}/{x.rss_mb:.0f}/{x.cpu:.1f}" for x in r["limber"])
             + "; Hugo " + ", ".join(f"{x.wall:.2f}/{x.rss_mb:.0f}/{x.cpu:.1f}" for x in r["hugo"])
             + "; Limber second build " + ", ".join(f"{s.run.wall:.2f}/{s.run.rss_mb:.0f}/{s.run.cpu:.1f}" for s in r["second"]))
    both()
    for pages in sizes:
        if (sr := results[pages]["search"]) is not None:
            both(f"- Search indexing apart from the build (`pagefind --site OUTPUT`, once, after the rounds), {pages:,} pages: "
                 f"{sr.wall:.2f} s wall, {sr.cpu:.1f} s CPU, {sr.rss_mb:.0f} MB peak")
    both()

    if args.alt_limber:
        both(f"Comparison in the same rounds: Limber {args.limber_kind} against Limber {args.alt_name} ({os.path.relpath(alt_limber)}), first builds:")
        both()
        both(f"| pages | wall | {args.alt_name} wall | ratio | peak RSS | {args.alt_name} peak RSS | CPU time | {args.alt_name} CPU time | outside the stages (start-up, JIT) | {args.alt_name} outside the stages |")
        both("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for pages in sizes:
            r = results[pages]
            a = r["alt"]
            aw = med([x.wall for x in a])
            outside = med([x.wall * 1000 - x.stage_wall_ms() for x in r["limber"]])
            a_outside = med([x.wall * 1000 - x.stage_wall_ms() for x in a])
            both(f"| {pages:,} | {r['lw']:.2f} s | {aw:.2f} s | **{aw / r['lw']:.2f}** | {r['lm']:.0f} MB | {med([x.rss_mb for x in a]):.0f} MB | "
                 f"{med([x.cpu for x in r['limber']]):.2f} s | {med([x.cpu for x in a]):.2f} s | {outside:,.0f} ms | {a_outside:,.0f} ms |")
        both()

    for pages in sizes:
        r = results[pages]
        m = median_run(r["limber"])
        total = sum(m.stages.values())
        names = list(m.stages)
        both(f"Limber stages, {pages:,} pages (the median run, wall {m.wall:.2f} s; stage sum {fmt_ms(total)}; "
             f"median of each stage over the rounds in brackets; second build alongside):")
        both()
        both("| stage | ms | share of stage sum | [median ms] | second build ms |")
        both("| --- | ---: | ---: | ---: | ---: |")
        sm = median_run([s.run for s in r["second"]])
        for name in names:
            ms = m.stages[name]
            mm = med([x.stages.get(name, 0) for x in r["limber"]])
            note = " (search index: reported separately)" if "search" in name else ""
            streamed = m.streamed.get(name, 0)
            note += f" ({streamed:,} ms of it per file, alongside render)" if streamed else ""
            both(f"| {name}{note} | {ms:,} | {100 * ms / total:.1f}% | [{mm:,.0f}] | {sm.stages.get(name, 0):,} |")
        rest = m.wall * 1000 - m.stage_wall_ms()
        both(f"| (outside the stages: runtime start-up, JIT, reading options, report) | {rest:,.0f} | | | |")
        both()
        r["stage_total"] = total
        r["median_stages"] = m.stages

    # ---- Targets ------------------------------------------------------------------------------------------------
    big, small = max(sizes), min(sizes)
    rb = results[big]
    checks: list[tuple[str, str, bool]] = []
    checks.append((f"{big:,} pages: wall ≤ {WALL_VS_HUGO} × Hugo's (same run)",
                   f"{rb['lw']:.2f} s vs {WALL_VS_HUGO} × {rb['hw']:.2f} s = {WALL_VS_HUGO * rb['hw']:.2f} s (ratio {rb['lw'] / rb['hw']:.2f})",
                   rb["lw"] <= WALL_VS_HUGO * rb["hw"]))
    checks.append((f"{big:,} pages: peak memory ≤ {MAX_RSS_MB} MB",
                   f"{rb['lm']:.0f} MB (max over rounds {max(x.rss_mb for x in rb['limber']):.0f} MB)", rb["lm"] <= MAX_RSS_MB))
    if small != big:
        rs = results[small]
        growth = rb["lw"] / rs["lw"]
        hgrowth = rb["hw"] / rs["hw"]
        checks.append((f"{small:,} → {big:,} pages: wall grows ≤ {MAX_GROWTH:g}×",
                       f"{rs['lw']:.2f} s → {rb['lw']:.2f} s = {growth:.1f}× (Hugo {hgrowth:.1f}×)", growth <= MAX_GROWTH))
    else:
        checks.append((f"1k → 10k growth ≤ {MAX_GROWTH:g}×", "not measured (one size only)", False))
    share = {n: ms / rb["stage_total"] for n, ms in rb["median_stages"].items() if n not in EXEMPT}
    worst = max(share, key=share.get) if share else "-"
    rw_share = sum(ms for n, ms in rb["median_stages"].items() if n in EXEMPT) / rb["stage_total"]
    checks.append((f"{big:,} pages: no stage but render+write > {MAX_SHARE:.0%} of the stage sum",
                   f"largest: {worst} {share.get(worst, 0):.1%} (render+write {rw_share:.1%})",
                   all(v <= MAX_SHARE for v in share.values())))
    sec = rb["second"]
    rewritten = max(s.rewritten for s in sec)
    s0 = sec[0]
    checks.append((f"{big:,} pages: second build rewrites no output file",
                   f"{rewritten:,} of {s0.files:,} files rewritten (content changed in {max(s.content_changed for s in sec)}, "
                   f"added {max(s.added for s in sec)}, removed {max(s.removed for s in sec)}; sha256 + mtime + inode)",
                   rewritten == 0 and all(s.added == 0 and s.removed == 0 for s in sec)))
    ratio = med([s.run.wall / l.wall for s, l in zip(sec, rb["limber"])])
    checks.append((f"{big:,} pages: second build < {MAX_SECOND_RATIO:.0%} of the first",
                   f"{med([s.run.wall for s in sec]):.2f} s / {rb['lw']:.2f} s = {ratio:.0%} (median of per-round ratios)",
                   ratio < MAX_SECOND_RATIO))

    both("Targets (issue #8):")
    both()
    both("| target | measured | result |")
    both("| --- | --- | --- |")
    for name, measured, ok in checks:
        both(f"| {name} | {measured} | {'PASS' if ok else 'FAIL'} |")
    both()
    passed = sum(ok for *_, ok in checks)
    both(f"{passed} of {len(checks)} targets met.")

    if args.results:
        Path(args.results).write_text("\n".join(md).lstrip("\n") + "\n")
        log(f"\nwrote {args.results}")
    shutil.rmtree(TRASH, ignore_errors=True)   # the outputs set aside between runs, now that nothing is timed
    return 0


if __name__ == "__main__":
    sys.exit(main())
