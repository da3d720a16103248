// The reader site's small behaviours (deferred): the dark-mode toggle, the phone menu, "/" to search, copy buttons on
// code blocks, keyboard access to wide code and tables, and search.js loaded the first time the reader turns to search.
(() => {
  const root = document.documentElement;
  const $ = (id) => document.getElementById(id);

  // Dark mode: overrides prefers-color-scheme and remembers the choice (localStorage) across pages.
  const key = "limber-theme";
  const toggle = $("theme-toggle");
  let stored = null;
  try { stored = localStorage.getItem(key); } catch { /* storage blocked: the toggle still works on this page */ }
  const system = () => matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  const apply = (mode) => {
    root.dataset.theme = mode;
    toggle?.setAttribute("aria-pressed", String(mode === "dark"));
  };
  if (stored === "dark" || stored === "light") apply(stored);
  if (toggle) {
    toggle.setAttribute("aria-pressed", String((root.dataset.theme || system()) === "dark"));
    toggle.addEventListener("click", () => {
      const next = (root.dataset.theme || system()) === "dark" ? "light" : "dark";
      apply(next);
      try { localStorage.setItem(key, next); } catch { /* not persisted */ }
    });
  }

  // Phone menu: the button shows the sidebar over the page; while it is open, Tab cycles through the button and the
  // sidebar's links only, and Escape closes it and returns focus to the button.
  const menu = $("menu-button"), side = $("sidebar");
  const isOpen = () => menu?.getAttribute("aria-expanded") === "true";
  const setOpen = (open) => {
    menu.setAttribute("aria-expanded", String(open));
    root.classList.toggle("menu-open", open);
  };
  if (menu && side) {
    menu.addEventListener("click", () => setOpen(!isOpen()));
    document.addEventListener("keydown", (e) => {
      if (!isOpen()) return;
      if (e.key === "Escape") {
        setOpen(false);
        menu.focus();
      } else if (e.key === "Tab") {
        const stops = [menu, ...side.querySelectorAll("a")];
        const at = stops.indexOf(document.activeElement);
        const next = at < 0 ? 0 : (at + (e.shiftKey ? -1 : 1) + stops.length) % stops.length;
        e.preventDefault();
        stops[next].focus();
      }
    });
    // At desktop widths the sidebar is always there: a menu left open on a phone-sized window is closed.
    matchMedia("(min-width: 48.01rem)").addEventListener("change", (m) => { if (m.matches && isOpen()) setOpen(false); });
  }

  // Search: "/" focuses the search box (the search page's own, else the header's); search.js loads on first use.
  const header = document.querySelector(".site-search");
  const loadSearch = () => {
    const src = header?.dataset.script;
    if (!src || document.querySelector(`script[src="${src}"]`)) return;
    const script = document.createElement("script");
    script.src = src;
    document.head.append(script);
  };
  header?.addEventListener("focusin", loadSearch, { once: true });
  const searchPage = $("search-form");
  searchPage?.addEventListener("focusin", loadSearch, { once: true });
  searchPage?.addEventListener("change", loadSearch, { once: true });
  if (searchPage && location.search) loadSearch(); // /search/?q=…: the reader has searched already
  document.addEventListener("keydown", (e) => {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || isOpen()) return;
    if (e.target.closest?.("input, textarea, select, [contenteditable]")) return;
    const box = $("search-q") || $("site-q");
    if (!box) return;
    e.preventDefault();
    box.focus();
    box.select();
  });

  // Code blocks get a copy button; code and tables wider than the page scroll sideways and can be reached with Tab.
  for (const pre of document.querySelectorAll("main pre")) {
    const wrap = document.createElement("div");
    wrap.className = "code-block";
    pre.before(wrap);
    wrap.append(pre);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy";
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText((pre.querySelector("code") || pre).innerText);
        button.textContent = "Copied";
      } catch {
        getSelection().selectAllChildren(pre);
        button.textContent = "Press Ctrl+C";
      }
      setTimeout(() => { button.textContent = "Copy"; }, 2000);
    });
    wrap.append(button);
  }
  for (const wide of document.querySelectorAll("main pre, main table")) {
    if (wide.scrollWidth > wide.clientWidth + 1) wide.tabIndex = 0;
  }
})();
