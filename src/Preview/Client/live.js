// Limber preview: live reload, stylesheet swap and the build-error overlay. Served from /_limber/live.js by
// `limber preview` only; the built site never contains it.
(() => {
  "use strict";
  const events = new EventSource("/_limber/events");
  let overlay = null;

  // "/assets/site.3f9a1c2b.css" and "/assets/site.77aa01de.css" are the same stylesheet in two versions.
  const unversioned = (href) => new URL(href, location.href).pathname.replace(/\.[0-9a-f]{6,}(\.css)$/i, "$1");

  function hideOverlay() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function showOverlay(diagnostics) {
    hideOverlay();
    if (!document.querySelector("link[data-limber]")) {
      const style = document.createElement("link");
      style.rel = "stylesheet";
      style.href = "/_limber/live.css";
      style.dataset.limber = "";
      document.head.appendChild(style);
    }

    overlay = document.createElement("section");
    overlay.id = "limber-overlay";
    overlay.setAttribute("role", "alert");
    const heading = document.createElement("h2");
    heading.textContent = `Build failed: ${diagnostics.length} problem${diagnostics.length === 1 ? "" : "s"}`;
    overlay.appendChild(heading);
    const list = document.createElement("ul");
    for (const d of diagnostics) {
      const item = document.createElement("li");
      const where = document.createElement("code");
      where.textContent = d.location;
      item.appendChild(where);
      item.appendChild(document.createTextNode(` ${d.severity} ${d.code}: ${d.message}`));
      list.appendChild(item);
    }
    overlay.appendChild(list);
    const note = document.createElement("p");
    note.textContent = "The preview keeps showing the last good build until this is fixed.";
    overlay.appendChild(note);
    document.body.appendChild(overlay);
  }

  function swapStylesheets(urls) {
    const fresh = new Map(urls.map((u) => [unversioned(u), u]));
    let swapped = 0;
    for (const link of document.querySelectorAll("link[rel~=stylesheet]:not([data-limber])")) {
      const next = fresh.get(unversioned(link.href));
      if (!next) {
        continue;
      }
      const copy = link.cloneNode();
      copy.href = next;
      copy.addEventListener("load", () => link.remove(), { once: true });
      link.after(copy);
      swapped++;
    }
    if (swapped === 0) {
      location.reload();
    }
  }

  // Marks the page as listening (tests wait for it before they edit a file).
  events.addEventListener("open", () => { document.documentElement.dataset.limberLive = "open"; });
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("css", (e) => {
    hideOverlay();
    swapStylesheets(JSON.parse(e.data).stylesheets);
  });
  events.addEventListener("errors", (e) => showOverlay(JSON.parse(e.data).diagnostics));
  events.addEventListener("ok", hideOverlay);
})();
