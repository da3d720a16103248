// Site search, loaded on first use: results as the reader types, in the header's panel on any page and on /search/
// (with filters). The engine is Pagefind (/pagefind/) when the build made its bundle and it can run, else Limber's own
// index (/search-index/: a manifest, term shards and page chunks, each fetched only when a query needs it).
(() => {
  if (window.limberSearch) return;
  window.limberSearch = true;
  const header = document.querySelector(".site-search");
  const page = document.getElementById("search-form");
  const config = page || header;
  if (!config) return;

  // Words as the index reads them (src/Render/Search/SearchWords.cs): each character folded on its own, marks dropped,
  // anything but letters and numbers a separator; words cut at 40 characters; one letter is not a word.
  const foldChar = (c) => /\p{M}/u.test(c) ? "" : /[\p{L}\p{N}]/u.test(c) ? c.normalize("NFD")[0].toLowerCase()[0] : " ";
  const words = (s) => s.split("").map(foldChar).join("").split(" ").map((w) => w.slice(0, 40)).filter((w) => w.length > 1 || /\d/.test(w));
  const json = async (url) => { const r = await fetch(url); if (!r.ok) throw new Error(url); return r.json(); };

  // ---- Limber's index
  const builtin = async () => {
    const base = new URL(config.dataset.index, location.href);
    const at = (path) => new URL(path, base).href;
    const meta = await json(at("meta.json"));
    const tag = `?v=${meta.v}`;
    const cache = new Map();
    const load = (path) => { if (!cache.has(path)) cache.set(path, json(at(path) + tag).catch((e) => { cache.delete(path); throw e; })); return cache.get(path); };
    // The shards that may hold terms starting with a prefix: shard i holds the terms from first[i] up to first[i + 1].
    const shardsFor = (prefix, exact) => {
      const first = meta.shards, found = [];
      for (let i = 0; i < first.length; i++) {
        const next = first[i + 1];
        if ((next === undefined || next > prefix) && first[i] <= (exact ? prefix : prefix + "\uffff")) found.push(i);
      }
      return found.slice(0, exact ? 1 : 3);
    };
    // One query term: every indexed term it starts (whole-word matches count more) -> Map(doc -> score).
    const lookup = async (term, last) => {
      const scores = new Map();
      for (const i of shardsFor(term, !last && term.length < 3)) {
        const shard = await load(`t/${i}.json`);
        for (const [word, postings] of Object.entries(shard)) {
          if (!word.startsWith(term) || (!last && word !== term && term.length < 3)) continue;
          const factor = word === term ? 1 : 0.6;
          let doc = 0;
          for (const p of postings) {
            doc += Math.floor(p / 16);
            scores.set(doc, Math.max(scores.get(doc) || 0, (p % 16) * factor));
          }
        }
      }
      return scores;
    };
    const docs = async (id) => (await load(`d/${Math.floor(id / meta.chunk)}.json`))[id % meta.chunk];
    return async (query, filters) => {
      const terms = [...new Set(words(query))];
      let hits = null;
      for (const [i, term] of terms.entries()) {
        const scores = await lookup(term, i === terms.length - 1);
        if (!hits) hits = scores;
        else for (const [doc, s] of hits) { const more = scores.get(doc); if (more) hits.set(doc, s + more); else hits.delete(doc); }
        if (!hits.size) break;
      }
      const names = Object.keys(filters);
      if (names.length) {
        const all = await load("filters.json");
        const allowed = names.map((n) => new Set(all[n]?.[filters[n]] || []));
        if (!hits) hits = new Map([...allowed[0]].map((d) => [d, 1]));
        for (const doc of hits.keys()) if (!allowed.every((s) => s.has(doc))) hits.delete(doc);
      }
      const ranked = [...(hits || [])].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => doc);
      return {
        total: ranked.length,
        take: async (from, count) => Promise.all(ranked.slice(from, from + count).map(async (id) => {
          const [title, url, description, text] = await docs(id);
          return { title, url, excerpt: excerpt(text, description, terms) };
        })),
      };
    };
  };

  // A window of the page's text around the first query term, as [text, marked] pieces.
  const excerpt = (text, description, terms) => {
    const source = text || description || "";
    const folded = [], map = [];
    for (let i = 0; i < source.length; i++) { const f = foldChar(source[i]); if (f) { folded.push(f); map.push(i); } }
    const flat = folded.join("");
    const re = terms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})[\\p{L}\\p{N}]*`, "gu") : null;
    const found = re ? [...flat.matchAll(re)] : [];
    const first = found.length ? map[found[0].index] : 0;
    let start = Math.max(0, first - 60);
    if (start > 0) { const space = source.indexOf(" ", start); start = space >= 0 && space < first ? space + 1 : start; }
    let end = Math.min(source.length, start + 200);
    if (end < source.length) { const space = source.lastIndexOf(" ", end); end = space > first ? space : end; }
    const pieces = [];
    let at = start;
    for (const m of found) {
      const from = map[m.index], to = map[m.index + m[0].length - 1] + 1;
      if (from < start || to > end) continue;
      if (from > at) pieces.push([source.slice(at, from), false]);
      pieces.push([source.slice(from, to), true]);
      at = to;
    }
    if (end > at) pieces.push([source.slice(at, end), false]);
    if (start > 0) pieces.unshift(["… ", false]);
    if (end < source.length) pieces.push([" …", false]);
    return pieces;
  };

  // ---- Pagefind: its excerpts carry <mark> around the matched words; they become the same [text, marked] pieces.
  const pagefind = async () => {
    const pf = await import(new URL(config.dataset.pagefind, location.href).href);
    await pf.options({ baseUrl: config.dataset.base, excerptLength: 30 });
    await pf.init(); // fails here, and falls back, where a CSP without 'wasm-unsafe-eval' blocks its WebAssembly
    const box = document.createElement("textarea");
    const decode = (html) => { box.innerHTML = html; return box.value; }; // entities decoded, spaces kept, nothing run
    const pieces = (html) => html.split(/(<mark>.*?<\/mark>)/s).filter(Boolean)
      .map((part) => part.startsWith("<mark>") ? [decode(part.slice(6, -7)), true] : [decode(part), false]);
    // Its excerpt often opens with the page's title (the h1 is text it indexes), shown just above, and marks a word
    // with the punctuation beside it ("hips."): the title is left out and the punctuation unmarked.
    const tidy = (title, list) => {
      const out = list.flatMap(([text, marked]) => {
        const m = marked && /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text);
        return m ? [[m[1], false], [m[2], true], [m[3], false]] : [[text, marked]];
      });
      const flat = out.map(([text]) => text).join("");
      const stop = flat.indexOf(". ");
      let drop = stop > 0 && title.toLowerCase().endsWith(flat.slice(0, stop).trim().toLowerCase()) ? stop + 2 : 0;
      return out.map(([text, marked]) => { const cut = Math.min(drop, text.length); drop -= cut; return [text.slice(cut), marked]; })
        .filter(([text]) => text);
    };
    return async (query, filters) => {
      const found = (await pf.search(query || null, { filters })).results;
      return {
        total: found.length,
        take: async (from, count) => Promise.all(found.slice(from, from + count).map(async (r) => {
          const d = await r.data();
          return { title: d.meta.title, url: d.url, excerpt: tidy(d.meta.title || "", pieces(d.excerpt)) };
        })),
      };
    };
  };

  let engine;
  const load = () => engine ||= (config.dataset.pagefind ? pagefind() : Promise.reject()).then(
    (e) => (config.dataset.engine = "pagefind", e),
    () => builtin().then((e) => (config.dataset.engine = "builtin", e)));

  // ---- One search box and its results: the search page's, or the header's panel.
  const attach = ({ form, input, list, status, selects = [], more, onShow = () => {} }) => {
    const chosen = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
    let shown = 0, current = null;
    const item = (r) => {
      const li = document.createElement("li"), a = document.createElement("a"), title = document.createElement("span");
      a.href = r.url;
      title.className = "title";
      title.textContent = r.title;
      a.append(title);
      if (r.excerpt.length) {
        const ex = document.createElement("span");
        ex.className = "excerpt";
        for (const [text, marked] of r.excerpt) {
          if (marked) { const m = document.createElement("mark"); m.textContent = text; ex.append(m); } else ex.append(text);
        }
        a.append(ex);
      }
      li.append(a);
      return li;
    };
    const search = async (started) => {
      const query = input.value.trim(), filters = chosen();
      if (!query && !Object.keys(filters).length) {
        list.replaceChildren(); status.textContent = ""; more.hidden = true; onShow(false);
        return;
      }
      const result = await (await load())(query, filters);
      const first = await result.take(0, 8);
      current = result;
      shown = first.length;
      list.replaceChildren(...first.map(item));
      status.textContent = result.total ? `${result.total} page${result.total === 1 ? "" : "s"} found${result.total > shown ? `, showing ${shown}` : ""}.` : "No pages match.";
      more.hidden = result.total <= shown;
      onShow(true);
      // The search's own latency, keystroke to results on screen, for the browser tests and the curious.
      list.dataset.ms = (performance.now() - started).toFixed(1);
    };
    // One search at a time: keystrokes that arrive meanwhile are coalesced into one more search, for the latest text.
    let busy = false, queued = null;
    const go = (started = performance.now()) => {
      if (busy) { queued = started; return; }
      busy = true;
      search(started).catch(() => { status.textContent = "Search is not available right now."; }).finally(() => {
        busy = false;
        if (queued !== null) { const next = queued; queued = null; go(next); }
      });
    };
    input.addEventListener("input", () => go());
    for (const s of selects) s.addEventListener("change", () => go());
    more.addEventListener("click", async () => {
      const next = await current.take(shown, 20);
      list.append(...next.map(item));
      shown += next.length;
      more.hidden = current.total <= shown;
      status.textContent = `${current.total} pages found${current.total > shown ? `, showing ${shown}` : ""}.`;
      list.children[shown - next.length]?.querySelector("a")?.focus();
    });
    // Arrow keys move between the box and the results; Escape goes back to the box.
    form.addEventListener("keydown", (e) => {
      const links = [...list.querySelectorAll("a")], at = links.indexOf(document.activeElement);
      if (e.key === "ArrowDown" && (e.target === input || at >= 0) && links.length) {
        e.preventDefault();
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (e.key === "ArrowUp" && at >= 0) {
        e.preventDefault();
        (at > 0 ? links[at - 1] : input).focus();
      } else if (e.key === "Escape" && at >= 0) {
        input.focus();
      }
    });
    return go;
  };

  if (page) {
    const input = document.getElementById("search-q");
    const more = document.getElementById("search-more");
    const selects = [...page.querySelectorAll("select")];
    const go = attach({ form: page, input, list: document.getElementById("search-results"), status: document.getElementById("search-status"), selects, more });
    page.addEventListener("submit", (e) => {
      e.preventDefault();
      history.replaceState(null, "", "?" + new URLSearchParams({ q: input.value, ...Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value])) }));
      go();
    });
    // The address's query, unless the reader typed or chose something before this script arrived.
    const params = new URLSearchParams(location.search);
    if (!input.value && !selects.some((s) => s.value)) {
      input.value = params.get("q") || "";
      for (const s of selects) s.value = params.get(s.name) || "";
    }
    load();
    if (input.value || selects.some((s) => s.value)) go();
  }

  if (header) {
    const input = header.querySelector("input");
    const panel = document.createElement("div"), status = document.createElement("p"), list = document.createElement("ul");
    const foot = document.createElement("p"), all = document.createElement("a"), more = document.createElement("button");
    panel.className = "search-panel";
    panel.id = "site-results";
    panel.hidden = true;
    status.setAttribute("role", "status");
    list.className = "results";
    more.type = "button";
    more.textContent = "More results";
    more.hidden = true;
    all.textContent = "All results and filters";
    foot.append(all);
    panel.append(status, list, more, foot);
    header.append(panel);
    input.setAttribute("aria-controls", panel.id);
    const show = (open) => { panel.hidden = !open; all.href = `${header.action}?q=${encodeURIComponent(input.value.trim())}`; };
    const go = attach({ form: header, input, list, status, more, onShow: show });
    header.addEventListener("keydown", (e) => { if (e.key === "Escape") { show(false); input.focus(); } });
    header.addEventListener("focusout", (e) => { if (!header.contains(e.relatedTarget)) show(false); });
    input.addEventListener("focus", () => { if (input.value.trim() && list.children.length) show(true); });
    load();
    if (input.value.trim()) go();
  }
})();
