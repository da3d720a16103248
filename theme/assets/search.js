// Site search: loads nothing until the reader searches, then Pagefind (/pagefind/) or, when that bundle is missing
// or cannot run, the built-in search-index.json.
(() => {
  const form = document.getElementById("search-form");
  if (!form) return;
  const $ = (id) => document.getElementById(id);
  const input = $("search-q"), list = $("search-results"), status = $("search-status");
  const selects = [...form.querySelectorAll("select")];
  form.hidden = false;
  $("search-nojs").hidden = true;
  const fold = (s) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const chosen = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));

  const pagefind = async () => {
    const pf = await import(new URL(form.dataset.pagefind, location.href).href);
    await pf.options({ baseUrl: form.dataset.base, excerptLength: 24 });
    await pf.init(); // fails here, and falls back, where a CSP without 'wasm-unsafe-eval' blocks its WebAssembly
    return async (q, filters) => {
      const found = (await pf.search(q || null, { filters })).results;
      const top = await Promise.all(found.slice(0, 50).map((r) => r.data()));
      return [found.length, top.map((d) => ({ t: d.meta.title, u: d.url, d: d.excerpt.replace(/<[^>]*>/g, "") }))];
    };
  };
  const builtin = async () => {
    const index = (await (await fetch(form.dataset.index)).json()).map((e) => ({ ...e, k: [fold(e.t), fold(e.d), fold(e.x)] }));
    return async (q, filters) => {
      const terms = fold(q).split(/\s+/).filter((t) => t.length > 1);
      const hits = [];
      for (const e of index) {
        if (!Object.entries(filters).every(([k, v]) => (e.f?.[k] || []).includes(v))) continue;
        let score = terms.length ? 0 : 1;
        for (const t of terms) {
          const s = (e.k[0].includes(t) ? 5 : 0) + (e.k[1].includes(t) ? 2 : 0) + (e.k[2].includes(t) ? 1 : 0);
          if (!s) { score = 0; break; }
          score += s;
        }
        if (score) hits.push([score, e]);
      }
      hits.sort((a, b) => b[0] - a[0] || a[1].t.localeCompare(b[1].t));
      return [hits.length, hits.slice(0, 50).map((h) => h[1])];
    };
  };
  let engine;
  const load = () => engine ||= pagefind().then((e) => (form.dataset.engine = "pagefind", e), () => builtin().then((e) => (form.dataset.engine = "builtin", e)));

  const run = async () => {
    const q = input.value.trim(), filters = chosen();
    if (!q && !Object.keys(filters).length) { list.replaceChildren(); status.textContent = ""; return; }
    const [total, hits] = await (await load())(q, filters);
    list.replaceChildren(...hits.map((e) => {
      const li = document.createElement("li"), a = document.createElement("a");
      a.href = e.u;
      a.textContent = e.t;
      li.append(a);
      if (e.d) {
        const s = document.createElement("span");
        s.className = "summary";
        s.textContent = " " + e.d;
        li.append(s);
      }
      return li;
    }));
    status.textContent = total ? `${total} page${total === 1 ? "" : "s"} found${total > hits.length ? `, showing the first ${hits.length}` : ""}.` : "No pages match.";
  };

  let timer;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 150); });
  input.addEventListener("focus", load, { once: true });
  for (const s of selects) s.addEventListener("change", run);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    history.replaceState(null, "", "?" + new URLSearchParams({ q: input.value, ...chosen() }));
    run();
  });
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  for (const s of selects) s.value = params.get(s.name) || "";
  if (input.value || selects.some((s) => s.value)) run();
})();
