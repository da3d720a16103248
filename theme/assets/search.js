// Site search. Loads nothing until the reader searches; then Pagefind (/pagefind/pagefind.js, built after the
// site is written) or, when that bundle is missing or cannot run, the built-in search-index.json. No dependencies.
(() => {
  const form = document.getElementById("search-form");
  if (!form) return;
  const input = document.getElementById("search-q");
  const list = document.getElementById("search-results");
  const status = document.getElementById("search-status");
  const selects = [...form.querySelectorAll("select[data-filter]")];
  form.hidden = false;
  document.getElementById("search-nojs").hidden = true;

  const fold = (s) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const chosen = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter, s.value]));

  let engine = null;
  const pagefind = async () => {
    const pf = await import(new URL(form.dataset.pagefind, location.href).href);
    await pf.options({ baseUrl: form.dataset.base, excerptLength: 24 });
    await pf.init();
    return async (query, filters) => {
      const found = await pf.search(query || null, { filters });
      const top = await Promise.all(found.results.slice(0, 50).map((r) => r.data()));
      return { total: found.results.length, hits: top.map((d) => ({ t: d.meta.title, u: d.url, d: d.excerpt.replace(/<[^>]*>/g, "") })) };
    };
  };
  const builtin = async () => {
    const response = await fetch(form.dataset.index);
    const index = (await response.json()).map((e) => ({ ...e, ft: fold(e.t), fd: fold(e.d || ""), fx: fold(e.x || "") }));
    return async (query, filters) => {
      const terms = fold(query).split(/\s+/).filter((t) => t.length > 1);
      const hits = [];
      for (const e of index) {
        if (!Object.entries(filters).every(([k, v]) => (e.f?.[k] || []).includes(v))) continue;
        let score = terms.length === 0 ? 1 : 0;
        for (const t of terms) {
          const s = (e.ft.includes(t) ? 5 : 0) + (e.fd.includes(t) ? 2 : 0) + (e.fx.includes(t) ? 1 : 0);
          if (s === 0) { score = 0; break; }
          score += s;
        }
        if (score > 0) hits.push([score, e]);
      }
      hits.sort((a, b) => b[0] - a[0] || a[1].t.localeCompare(b[1].t));
      return { total: hits.length, hits: hits.slice(0, 50).map(([, e]) => e) };
    };
  };
  const load = async () => {
    if (!engine) {
      try {
        engine = await pagefind();
        form.dataset.engine = "pagefind";
      } catch {
        engine = await builtin();
        form.dataset.engine = "builtin";
      }
    }
    return engine;
  };

  const run = async () => {
    const query = input.value.trim();
    const filters = chosen();
    list.replaceChildren();
    if (!query && Object.keys(filters).length === 0) { status.textContent = ""; return; }
    status.textContent = "Searching…";
    const { total, hits } = await (await load())(query, filters);
    for (const e of hits) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = e.u;
      a.textContent = e.t;
      li.append(a);
      if (e.d) {
        const p = document.createElement("span");
        p.className = "summary";
        p.textContent = " " + e.d;
        li.append(p);
      }
      list.append(li);
    }
    status.textContent = total === 0 ? "No pages match." : `${total} page${total === 1 ? "" : "s"} found${total > hits.length ? `, showing the first ${hits.length}` : ""}.`;
  };

  let timer;
  const soon = () => { clearTimeout(timer); timer = setTimeout(run, 150); };
  input.addEventListener("input", soon);
  input.addEventListener("focus", () => { load(); }, { once: true });
  for (const s of selects) s.addEventListener("change", run);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = new URLSearchParams({ q: input.value, ...chosen() });
    history.replaceState(null, "", "?" + params);
    run();
  });
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  for (const s of selects) s.value = params.get(s.dataset.filter) || "";
  if (input.value || selects.some((s) => s.value)) run();
})();
