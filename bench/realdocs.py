"""Report for bench/realdocs.sh: python3 bench/realdocs.py SOURCE_DIR WORK_DIR EXIT_CODE.

SOURCE_DIR is the documentation folder as its authors wrote it; WORK_DIR holds input/ (its copy), output/, report.json,
stdout.txt and stderr.txt of one Limber build. Prints pages, crash, reachability from /, diagnostics by code and,
for each link diagnostic, whether its target is truly missing in SOURCE_DIR.
"""
import collections
import html.parser
import json
import os
import re
import sys
import unicodedata
import urllib.parse

src, work, code = sys.argv[1], sys.argv[2], int(sys.argv[3])
out_dir = os.path.join(work, "output")
console = ""
for name in ("stdout.txt", "stderr.txt"):
    with open(os.path.join(work, name), encoding="utf-8", errors="replace") as f:
        console += f.read()

# ---- crash: an exit code other than 0 (built) or 1 (errors reported), a .NET stack trace, or an internal error
stack = re.search(r"^\s+at [\w.`<>$|]+[.(]", console, re.M) or "Unhandled exception" in console
internal = "LMB9000" in console
crash = code not in (0, 1) or bool(stack) or internal
why = [w for w, on in ((f"exit {code}", code not in (0, 1)), ("stack trace", bool(stack)), ("LMB9000", internal)) if on]

report_path = os.path.join(work, "report.json")
report = json.load(open(report_path, encoding="utf-8")) if os.path.exists(report_path) else {"diagnostics": [], "pages": []}
input_prefix = os.path.join(work, "input").replace(os.sep, "/") + "/"


def input_relative(path):
    path = (path or "").split(":")[0] if re.search(r":\d+$", path or "") else (path or "")
    return path[len(input_prefix):] if path.startswith(input_prefix) else path


content_pages = [p for p in report["pages"] if input_relative(p["source"]).startswith("content/")
                 and os.path.isfile(os.path.join(work, "input", input_relative(p["source"])))]
md_files = [os.path.relpath(os.path.join(r, f), src) for r, _, fs in os.walk(src) for f in fs if f.lower().endswith((".md", ".markdown"))]


# ---- reachability: breadth-first over <a href> from /index.html
class Anchors(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.hrefs.append(v)


def file_of(path):
    path = urllib.parse.unquote(path)
    rel = path.lstrip("/")
    candidates = [rel + "index.html"] if rel.endswith("/") or rel == "" else [rel, rel + "/index.html"]
    for c in candidates:
        if os.path.isfile(os.path.join(out_dir, c)):
            return c
    return None


seen, queue = set(), (["index.html"] if os.path.isfile(os.path.join(out_dir, "index.html")) else [])
seen.update(queue)
while queue:
    page = queue.pop()
    if not page.endswith(".html"):
        continue
    parser = Anchors()
    with open(os.path.join(out_dir, page), encoding="utf-8", errors="replace") as f:
        parser.feed(f.read())
    base = "/" + page[: -len("index.html")] if page.endswith("index.html") else "/" + page
    for href in parser.hrefs:
        url = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
        if url.scheme not in ("", "http", "https") or url.netloc:
            continue
        target = file_of(url.path)
        if target and target not in seen:
            seen.add(target)
            queue.append(target)

reached = [p for p in content_pages if p["destination"] in seen]
share = 100.0 * len(reached) / len(content_pages) if content_pages else 0.0

print(f"pages: {len(md_files)} Markdown files, {len(content_pages)} content pages built, {len(report['pages'])} pages in all")
print(f"crash: {'yes (' + ', '.join(why) + ')' if crash else 'no'}")
print(f"reachable from /: {len(reached)} of {len(content_pages)} content pages ({share:.1f}%)")
for p in [p for p in content_pages if p["destination"] not in seen][:5]:
    print(f"  not reached: {p['destination']} ({input_relative(p['source'])})")

# ---- titles: a page with no front-matter title that opens with '# Heading' has it as <title>, and one <h1>
class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title, self.h1, self.text, self._in, self._skip = "", 0, [], None, 0

    def handle_starttag(self, tag, attrs):
        if tag == "h1":
            self.h1 += 1
        if tag in ("title", "script", "style", "code", "pre"):
            self._in = tag if tag == "title" else self._in
            self._skip += tag != "title"

    def handle_endtag(self, tag):
        if tag == "title":
            self._in = None
        elif tag in ("script", "style", "code", "pre"):
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif not self._skip:
            self.text.append(data)


def opening_heading(text):
    if text.startswith("---") or text.startswith("+++"):
        fence = text[:3]
        end = text.find("\n" + fence, 3)
        front, text = text[:end], text[end + 4:]
        if re.search(r"^title\s*[:=]", front, re.M):
            return None
    text = re.sub(r"^(\s*<!--.*?-->)+", "", text, flags=re.S)
    m = re.match(r"\s*# +(.+?)\s*#*\s*$", text.lstrip("\n").split("\n", 1)[0] if text.strip() else "")
    return m.group(1) if m else None


title_checked = title_ok = two_h1 = 0
title_bad, leaks = [], collections.Counter()
LEAKS = {"front matter": re.compile(r"^\s*(\+\+\+|---)\s*$|^\s*title\s*[:=] ", re.M), "shortcode": re.compile(r"\{\{[<%]"),
         "alert [!NOTE]": re.compile(r"\[![A-Z]+\]"), "admonition !!!": re.compile(r"^\s*[!?]{3}\+? ", re.M),
         "aside :::": re.compile(r"^\s*:{3,}[A-Za-z]", re.M)}
for p in content_pages:
    rel = input_relative(p["source"])
    out = os.path.join(out_dir, p["destination"])
    if not os.path.isfile(out):
        continue
    t = Text()
    t.feed(open(out, encoding="utf-8", errors="replace").read())
    body = "".join(t.text)
    for kind, rx in LEAKS.items():
        if rx.search(body):
            leaks[kind] += 1
    if p["destination"] == "index.html":
        continue  # the home page's <title> is the site's title (base.liquid), as on Hugo and MkDocs sites
    heading = opening_heading(open(os.path.join(work, "input", rel), encoding="utf-8", errors="replace").read())
    if heading is None:
        continue
    title_checked += 1
    plain = re.sub(r"[`*_]|\{[^}]*\}\s*$", "", heading).strip()
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", plain)
    if plain and plain in t.title:
        title_ok += 1
    else:
        title_bad.append(f"{rel}: <title>{t.title.strip()}</title> for '# {heading}'")
    two_h1 += t.h1 > 1
print(f"titles: {title_ok} of {title_checked} pages opening with '# Heading' (no front-matter title) have it as <title>; {two_h1} show two <h1>")
for b in title_bad[:5]:
    print("  " + b)
print("syntax shown as text: " + (", ".join(f"{k} on {n} pages" for k, n in sorted(leaks.items())) or "none"))

counts = collections.Counter((d["code"], d["severity"]) for d in report["diagnostics"])
print("diagnostics by code:" + ("" if counts else " none"))
for (c, sev), n in sorted(counts.items()):
    example = next(d["message"] for d in report["diagnostics"] if d["code"] == c)
    print(f"  {c} {sev:<7} {n:>5}  e.g. {example[:110]}")

# ---- link diagnostics: is the target truly missing in the source as written?
LINK_CODES = {"LMB4040", "LMB4041", "LMB4030", "LMB4031"}
INLINE = re.compile(r"\]\(\s*<?([^)\s>]*)")
HTML_ATTR = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"']*)["']""", re.I)
REF_USE = re.compile(r"\]\[([^\]]*)\]")
WIKI = re.compile(r"\[\[([^\]|]+)(?:\|[^\]]*)?\]\](?![(\[])")


def source_lines(rel):
    try:
        with open(os.path.join(work, "input", rel), encoding="utf-8", errors="replace") as f:
            return f.read().split("\n")
    except OSError:
        return []


def ref_definitions(lines):
    defs = {}
    for line in lines:
        m = re.match(r"^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s|$)", line)
        if m:
            defs.setdefault(m.group(1).strip().lower(), m.group(2))
    return defs


def written_target(rel, line, column, rendered):
    """The link target as the author wrote it at line:column (1-based), else None."""
    lines = source_lines(rel)
    if not 0 < line <= len(lines):
        return None
    text = lines[line - 1][max(column - 1, 0):]
    found = []
    for rx in (INLINE, HTML_ATTR):
        m = rx.search(text)
        if m:
            found.append((m.start(), m.group(1)))
    m = REF_USE.search(text)
    if m:
        label = m.group(1) or text[: m.start()].rsplit("[", 1)[-1]
        target = ref_definitions(lines).get(label.strip().lower())
        if target:
            found.append((m.start(), target))
    m = WIKI.search(text)
    if m:
        found.append((m.start(), m.group(1).strip()))
    return min(found)[1] if found else None


def slug_variants(heading):
    text = re.sub(r"\s*\{[^}]*\}\s*$", "", heading)
    text = re.sub(r"<[^>]+>|[`*_]|\[([^\]]*)\]\([^)]*\)", lambda m: m.group(1) or "", text).strip()
    lower = text.lower()
    github = re.sub(r"[^\w\- ]", "", lower).replace(" ", "-")
    ascii_text = unicodedata.normalize("NFKD", lower).encode("ascii", "ignore").decode()
    toc = re.sub(r"[-\s]+", "-", re.sub(r"[^\w\s-]", "", ascii_text).strip())
    return {github, toc}


def anchors_of(path):
    ids = set()
    counts = collections.Counter()
    try:
        text = open(path, encoding="utf-8", errors="replace").read()
    except OSError:
        return ids
    fenced = False
    for line in text.split("\n"):
        if re.match(r"^\s*(```|~~~)", line):
            fenced = not fenced
            continue
        if fenced:
            continue
        m = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if m:
            for s in slug_variants(m.group(1)):
                ids.add(s)
                if counts[s]:
                    ids.add(f"{s}-{counts[s]}")
                    ids.add(f"{s}_{counts[s]}")
                counts[s] += 1
            for explicit in re.findall(r"\{[^}]*#([\w\-:.]+)[^}]*\}\s*$", m.group(1)):
                ids.add(explicit)
    # Definition terms ('term' / ': definition') have ids like headings, as Limber (and Hugo's autoDefinitionTermID) gives them.
    lines = text.split("\n")
    for term, after in zip(lines, lines[1:]):
        if after.startswith(": ") and term.strip() and not term.startswith((" ", "\t", ":")):
            for s in slug_variants(term.strip()):
                ids.add(s)
                for n in range(1, counts[s] + 1):
                    ids.add(f"{s}-{n}")
                counts[s] += 1
    ids.update(re.findall(r"""\b(?:id|name)\s*=\s*["']([^"']+)["']""", text))
    ids.update(re.findall(r"\{\s*#([\w\-:.]+)", text))
    return ids


SOURCE_FILES = {}
for r, _, fs in os.walk(src):
    for f in fs:
        rel = os.path.relpath(os.path.join(r, f), src)
        SOURCE_FILES.setdefault(rel.lower(), rel)


def source_file(path):
    """The source file at path: exactly, or in another letter case (Hugo and MkDocs URLs are lower case)."""
    return path if os.path.isfile(os.path.join(src, path)) else SOURCE_FILES.get(path.lower())


def judge(rel_md, target):
    """(missing: bool | None, why) for a target written in content file rel_md, resolved in the source folder."""
    if target is None:
        return None, "link not found at that line"
    parts = urllib.parse.urlsplit(target)
    if parts.scheme or parts.netloc:
        return None, "external"
    path, fragment = urllib.parse.unquote(parts.path), urllib.parse.unquote(parts.fragment)
    page_dir = os.path.dirname(rel_md)
    stem = os.path.splitext(rel_md)[0]
    pretty_dir = page_dir if os.path.basename(stem).lower() in ("index", "_index", "readme") else stem
    if path == "":
        files = [rel_md]
    else:
        bases = [path.lstrip("/")] if path.startswith("/") else [os.path.join(page_dir, path), os.path.join(pretty_dir, path)]
        files = []
        for b in bases:
            folder = b.endswith("/")
            b = os.path.normpath(b)
            if b.startswith(".."):
                continue
            if folder and b.lower().endswith((".md", ".markdown")):
                continue  # 'page.md/' names a folder, which no generator makes of a page
            names = [os.path.join(b, "index.md"), os.path.join(b, "_index.md"), os.path.join(b, "README.md"), b + ".md"]
            for c in names if folder else [b] + names:
                if (found := source_file(c)):
                    files.append(found)
                    break
        if not files:
            return True, f"no file '{path}' in the source"
    if not fragment:
        return False, f"exists in the source: {files[0]}"
    md = [f for f in files if f.lower().endswith((".md", ".markdown"))]
    if not md:
        return None, f"fragment on a non-Markdown file {files[0]}"
    if any(fragment in anchors_of(os.path.join(src, f)) for f in md):
        return False, f"heading #{fragment} exists in {md[0]}"
    included = [i for f in md for i in INCLUDE.findall(open(os.path.join(src, f), encoding="utf-8", errors="replace").read())]
    if any(fragment in anchors_of(os.path.join(src, i.lstrip("/"))) for i in included if source_file(i.lstrip("/"))):
        return True, f"no heading or id '#{fragment}' in {md[0]}; it is in a file that a shortcode there includes"
    return True, f"no heading or id '#{fragment}' in {md[0]}"


# A shortcode that pulls another Markdown file into the page ({{% include "path.md" %}}, {{< readfile file="a.md" >}}):
# the site's own template does it, so an anchor in the included text is not in the page as the folder holds it.
INCLUDE = re.compile(r"""\{\{[<%]\s*[\w./-]+\s+(?:\w+=)?["']([^"']+\.md)["'][^}]*[>%]\}\}""")


def kind_of(written, reason):
    """What kind of real problem a link diagnostic is, in words an author can act on."""
    if "a shortcode there includes" in reason:
        return "anchor in text a shortcode includes from another file"
    if reason.startswith("no heading or id"):
        return "anchor with no heading, term or id in the target page"
    path = urllib.parse.urlsplit(written or "").path
    if path and not path.startswith(("/", ".")) and "/" in path.rstrip("/") and judge("", "/" + path)[0] is False:
        return "relative link to nothing from the page's folder (a page of that path exists from the root)"
    if path and "/" not in path and "." not in path:
        return "target that is no file, a bare word (a template's convention, e.g. a render hook)"
    return "target file missing"


link_diags = [d for d in report["diagnostics"] if d["code"] in LINK_CODES]
verdicts = collections.Counter()
kinds = collections.defaultdict(list)
print(f"link diagnostics: {len(link_diags)}")
for d in link_diags:
    rel = input_relative(d["file"])
    m = re.search(r"'([^']*)'", d["message"])
    rendered = m.group(1) if m else None
    written = written_target(rel, d["line"], d["column"], rendered)
    content_rel = rel[len("content/"):] if rel.startswith("content/") else rel
    missing, reason = judge(content_rel, written if written is not None else rendered)
    verdict = {True: "real (target missing in source)", False: "FALSE (target exists in source)", None: "unjudged"}[missing]
    verdicts[verdict] += 1
    if missing:
        kinds[kind_of(written if written is not None else rendered, reason)].append(f"{content_rel}:{d['line']} '{written if written is not None else rendered}'")
    print(f"  {content_rel}:{d['line']}:{d['column']} {d['code']} '{written if written is not None else rendered}' -> {verdict}: {reason}")
print("link diagnostics judged: " + (", ".join(f"{n} {v}" for v, n in sorted(verdicts.items())) or "none"))
for kind, uses in sorted(kinds.items(), key=lambda k: -len(k[1])):
    targets = collections.Counter(u.rsplit(" ", 1)[1] for u in uses)
    print(f"  real, {len(uses)}: {kind}; e.g. {'; '.join(uses[:2])}; most written: {', '.join(f'{t} x{n}' for t, n in targets.most_common(2))}")
sys.exit(1 if crash else 0)
