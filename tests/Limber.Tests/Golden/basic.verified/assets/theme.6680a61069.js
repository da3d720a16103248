// Dark-mode toggle: overrides prefers-color-scheme and remembers the choice (localStorage) across pages.
(() => {
  const root = document.documentElement;
  const key = "limber-theme";
  let stored = null;
  try { stored = localStorage.getItem(key); } catch { /* storage blocked: the toggle still works on this page */ }
  const system = () => matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  const apply = (mode) => {
    root.dataset.theme = mode;
    const button = document.getElementById("theme-toggle");
    if (button) {
      button.setAttribute("aria-pressed", String(mode === "dark"));
    }
  };
  if (stored === "dark" || stored === "light") apply(stored);
  const button = document.getElementById("theme-toggle");
  if (!button) return;
  button.hidden = false;
  button.setAttribute("aria-pressed", String((root.dataset.theme || system()) === "dark"));
  button.addEventListener("click", () => {
    const next = (root.dataset.theme || system()) === "dark" ? "light" : "dark";
    apply(next);
    try { localStorage.setItem(key, next); } catch { /* not persisted */ }
  });
})();
