// Search latency and transfer in headless Chromium over the DevTools protocol, for bench/search.sh:
//   node --experimental-websocket measure.mjs SITE_URL [--block-pagefind] QUERY...
// Opens SITE_URL/search/, focuses the box (the search engine loads), then for each query clears the box and types the
// query key by key, 60 ms apart. Prints one JSON line per query: `ms`, the page's own keystroke-to-results figure
// (data-ms on #search-results, performance.now), and `kb`/`requests`, what serve.py sent meanwhile (its log).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [base, ...rest] = process.argv.slice(2);
const block = rest.includes("--block-pagefind");
const queries = rest.filter((w) => !w.startsWith("--"));
const port = 9300 + Math.floor(Math.random() * 500);
const chrome = spawn("/usr/bin/chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--no-first-run", `--remote-debugging-port=${port}`, `--user-data-dir=${mkdtempSync(join(tmpdir(), "cdp-"))}`, "about:blank"], { stdio: "ignore" });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let targets = [];
for (let i = 0; i < 100 && !targets.length; i++) {
  try { targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json(); } catch { await sleep(100); }
}
const ws = new WebSocket(targets.find((t) => t.type === "page").webSocketDebuggerUrl);
await new Promise((r) => ws.addEventListener("open", r));
let id = 0;
const pending = new Map();
ws.addEventListener("message", (m) => { const d = JSON.parse(m.data); pending.get(d.id)?.(d); pending.delete(d.id); });
const send = (method, params = {}) => new Promise((r) => { const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params })); });
const evaluate = async (expression) => (await send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true })).result?.result?.value;
const key = async (ch) => { await send("Input.dispatchKeyEvent", { type: "keyDown", text: ch, key: ch }); await send("Input.dispatchKeyEvent", { type: "keyUp", key: ch }); };
const served = (from, to) => readFileSync(join(tmpdir(), `serve-${new URL(base).port}.log`), "utf8").trim().split("\n")
  .map((l) => l.split(" ")).filter(([t]) => +t >= from && +t <= to);

await send("Network.enable");
if (block) await send("Network.setBlockedURLs", { urls: ["*/pagefind/*"] });
await send("Page.navigate", { url: base + "search/" });
await sleep(1500);
await evaluate("document.getElementById('search-q').focus()");
await sleep(1000);
for (const query of queries) {
  await evaluate("(() => { const q = document.getElementById('search-q'); q.value = ''; q.dispatchEvent(new Event('input')); document.getElementById('search-results').dataset.ms = ''; })()");
  await sleep(800);
  const from = Date.now() / 1000;
  for (const ch of query) { await key(ch); await sleep(60); }
  for (let t = 0; t < 400 && !(await evaluate("document.getElementById('search-results').dataset.ms")); t++) await sleep(50);
  await sleep(1500); // the last keystroke's search has finished and measured itself; late fetches are counted
  const log = served(from, Date.now() / 1000);
  const page = await evaluate(`({ engine: document.getElementById('search-form').dataset.engine, ms: document.getElementById('search-results').dataset.ms,
    status: document.getElementById('search-status').textContent, marks: document.querySelectorAll('#search-results mark').length })`);
  console.log(JSON.stringify({ query, engine: page.engine, ms: Number(page.ms), kb: +(log.reduce((s, [, b]) => s + +b, 0) / 1024).toFixed(1),
    requests: log.length, marks: page.marks, status: page.status }));
}
ws.close();
chrome.kill();
process.exit(0);
