// Site search: loads the page index on first use and filters it in the browser. No dependencies.
(() => {
  const form = document.getElementById("search-form");
  if (!form) return;
  const input = document.getElementById("search-q");
  const list = document.getElementById("search-results");
  const status = document.getElementById("search-status");
  form.hidden = false;
  document.getElementById("search-nojs").hidden = true;

  let index = null;
  const fold = (s) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const load = async () => {
    if (!index) {
      const response = await fetch(form.dataset.index);
      index = (await response.json()).map((e) => ({ ...e, ft: fold(e.t), fd: fold(e.d || ""), fx: fold(e.x || "") }));
    }
    return index;
  };

  const run = async () => {
    const terms = fold(input.value).split(/\s+/).filter((t) => t.length > 1);
    list.replaceChildren();
    if (terms.length === 0) { status.textContent = ""; return; }
    const hits = [];
    for (const e of await load()) {
      let score = 0;
      for (const t of terms) {
        const s = (e.ft.includes(t) ? 5 : 0) + (e.fd.includes(t) ? 2 : 0) + (e.fx.includes(t) ? 1 : 0);
        if (s === 0) { score = 0; break; }
        score += s;
      }
      if (score > 0) hits.push([score, e]);
    }
    hits.sort((a, b) => b[0] - a[0] || a[1].t.localeCompare(b[1].t));
    for (const [, e] of hits.slice(0, 50)) {
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
    status.textContent = hits.length === 0 ? "No pages match." : `${hits.length} page${hits.length === 1 ? "" : "s"} found${hits.length > 50 ? ", showing the first 50" : ""}.`;
  };

  let timer;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 150); });
  form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(); }
})();
