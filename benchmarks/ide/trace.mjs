// Where the IDE's start-up time goes: opens /graphql in headless Chromium as load-time.mjs does (a first visit, then a
// repeat visit in a new tab of the same profile), records a Chrome trace of each visit, and prints per visit
//   - the milestones: when the page, the config, each schema request and the workers' scripts were asked for and
//     answered, and when the IDE became usable (Run enabled);
//   - per thread (page main thread, each worker, the service worker): time busy and time on the CPU;
//   - per script: time compiling and evaluating it, and whether V8 took its compiled code from the code cache.
// The raw traces are written beside (trace-first.json, trace-repeat.json in the folder given by TRACE_DIR, default
// the temp folder); open them in chrome://tracing or the DevTools Performance panel.
//
// Usage: node benchmarks/ide/trace.mjs <API base URL> [service workers: allow|block]
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import os from "node:os";
import { launchChromium, newProfile, openUntilUsable, serviceWorkerActivated } from "./chromium.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:5000/";
const serviceWorkers = process.argv[3] ?? "allow";
const traceDir = process.env.TRACE_DIR ?? os.tmpdir();

const categories = [
  "devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "disabled-by-default-v8.compile",
  "toplevel", "loading", "blink.user_timing", "ServiceWorker",
];

const browser = await launchChromium();

async function visit(context, name) {
  const page = await context.newPage();
  await browser.startTracing(undefined, { categories });
  const start = performance.now();
  const { usable } = await openUntilUsable(page, base);
  // Until the service worker (if any) has stored the app and a little longer, so the trace shows what runs after usable.
  const worker = serviceWorkers === "allow"
    ? await page.evaluate(serviceWorkerActivated)
    : "blocked";
  const workerReady = performance.now() - start;
  await page.waitForTimeout(300);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const file = join(traceDir, `trace-${name}.json`);
  writeFileSync(file, JSON.stringify(trace));
  await page.close();
  report(name, usable, trace.traceEvents ?? trace, file);
  console.log(`service worker: ${worker === "activated" ? `active at ${workerReady.toFixed(0)} ms` : worker}`);
}

function report(name, usable, events, file) {
  const threads = new Map();
  for (const e of events) {
    if (e.ph === "M" && e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const navigation = events.find((e) => e.name === "ResourceSendRequest" && /\/graphql\/?$/.test(e.args?.data?.url ?? ""));
  const t0 = navigation ? navigation.ts : Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const ms = (ts) => ((ts - t0) / 1000).toFixed(0).padStart(5);
  const short = (url) => (url ?? "").replace(/^https?:\/\/[^/]+/, "");

  console.log(`\n== ${name} visit: usable after ${usable.toFixed(0)} ms (load ${os.loadavg()[0].toFixed(1)}); trace ${file}`);

  // Requests: asked for (ResourceSendRequest) and finished (ResourceFinish), by request id.
  const requests = new Map();
  for (const e of events) {
    const data = e.args?.data;
    if (!data?.requestId) continue;
    if (e.name === "ResourceSendRequest") requests.set(data.requestId, { url: data.url, method: data.requestMethod, sent: e.ts, sw: false });
    const r = requests.get(data.requestId);
    if (!r) continue;
    if (e.name === "ResourceReceiveResponse") { r.status = data.statusCode; r.fromCache = data.fromCache; r.fromServiceWorker = data.fromServiceWorker; }
    if (e.name === "ResourceFinish") { r.finished = e.ts; r.bytes = data.encodedDataLength; }
  }
  console.log("requests (ms after the page was asked for):");
  for (const r of [...requests.values()].sort((a, b) => a.sent - b.sent)) {
    const source = r.fromServiceWorker ? "service worker" : r.fromCache ? "HTTP cache" : `network ${r.bytes ?? "?"} B`;
    console.log(`  ${ms(r.sent)} → ${r.finished ? ms(r.finished) : "    ?"}  ${r.method ?? ""} ${short(r.url)} [${r.status ?? "?"}, ${source}]`);
  }

  // Busy and CPU per thread: the top-level tasks (nested ones would be counted twice).
  const perThread = new Map();
  for (const e of events) {
    if (e.ph !== "X" || !(e.cat ?? "").split(",").includes("toplevel")) continue;
    const key = `${e.pid}:${e.tid}`;
    const t = perThread.get(key) ?? { busy: 0, cpu: 0, end: 0 };
    if (e.ts >= t.end) {
      t.busy += e.dur ?? 0;
      t.cpu += e.tdur ?? 0;
      t.end = e.ts + (e.dur ?? 0);
    }
    perThread.set(key, t);
  }
  console.log("threads (busy / on CPU, ms; ≥ 20 ms busy):");
  for (const [key, t] of [...perThread.entries()].sort((a, b) => b[1].busy - a[1].busy)) {
    if (t.busy < 20_000) continue;
    console.log(`  ${(threads.get(key) ?? key).padEnd(34)} ${(t.busy / 1000).toFixed(0).padStart(5)} / ${(t.cpu / 1000).toFixed(0).padStart(5)}`);
  }

  // Scripts: compile and evaluate time, code cache.
  const scripts = new Map();
  const script = (url) => {
    const s = scripts.get(url) ?? { compile: 0, compileCpu: 0, evaluate: 0, evaluateCpu: 0, first: Infinity, cache: new Set(), threads: new Set() };
    scripts.set(url, s);
    return s;
  };
  for (const e of events) {
    if (e.ph !== "X") continue;
    const data = e.args?.data ?? {};
    const url = data.url ?? e.args?.fileName;
    if (!url || !/\/graphql\//.test(url)) continue;
    const s = script(short(url));
    s.threads.add(threads.get(`${e.pid}:${e.tid}`) ?? e.tid);
    if (e.name === "v8.compile" || e.name === "v8.compileModule") {
      s.compile += e.dur ?? 0;
      s.compileCpu += e.tdur ?? 0;
      if (data.consumedCacheSize) s.cache.add(`consumed ${data.consumedCacheSize} B${data.cacheRejected ? " (rejected)" : ""}`);
      if (data.cacheKind) s.cache.add(data.cacheKind);
      if (data.streamed) s.cache.add("streamed");
    } else if (e.name === "EvaluateScript" || e.name === "v8.evaluateModule") {
      s.evaluate += e.dur ?? 0;
      s.evaluateCpu += e.tdur ?? 0;
      s.first = Math.min(s.first, e.ts);
    } else if (e.name === "v8.produceCache" || e.name === "v8.produceModuleCache" || e.name === "CacheScript") {
      s.cache.add(`produced ${data.producedCacheSize ?? "?"} B`);
    } else if (e.name === "v8.consumeCache") {
      s.cache.add(`consumed ${data.consumedCacheSize ?? "?"} B${data.rejected ? " (rejected)" : ""}`);
    }
  }
  console.log("scripts (compile, evaluate: wall / CPU ms; started at ms):");
  for (const [url, s] of [...scripts.entries()].sort((a, b) => a[1].first - b[1].first)) {
    if (s.compile + s.evaluate < 5_000) continue;
    const f = (x) => (x / 1000).toFixed(0).padStart(4);
    console.log(`  ${Number.isFinite(s.first) ? ms(s.first) : "    -"} ${url.padEnd(52)} compile ${f(s.compile)}/${f(s.compileCpu)}  evaluate ${f(s.evaluate)}/${f(s.evaluateCpu)}  ${[...s.cache].join(", ")} [${[...s.threads].join(", ")}]`);
  }

  // What else the main thread did (by event name, top 12).
  const main = [...threads.entries()].filter(([, n]) => n === "CrRendererMain").map(([k]) => k);
  const byName = new Map();
  for (const e of events) {
    if (e.ph !== "X" || !main.includes(`${e.pid}:${e.tid}`) || (e.cat ?? "").includes("toplevel")) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0));
  }
  console.log("main thread by event (ms, nested events overlap):");
  console.log("  " + [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join("; "));
}

const context = await newProfile(browser, serviceWorkers);
await visit(context, "first");
await visit(context, "repeat");
await context.close();
await browser.close();
