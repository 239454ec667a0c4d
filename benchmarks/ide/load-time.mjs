// How long the IDE at /graphql takes to become usable (the schema has arrived, Run is enabled) in headless
// Chromium, on a first visit and on a repeat visit in the same browser profile, with what each visit transferred.
// It drives the browser as tests/OpenIntegrationData.Api.Tests/Browser/IdeLoadTests.cs does, several times over,
// and prints each visit and the medians with the machine's load. Given several APIs (comma-separated, e.g. a build
// before and after a change), each round visits each of them in turn, so they share whatever the machine does.
//
// Usage: node benchmarks/ide/load-time.mjs <API base URL>[,<API base URL>…] [runs=5] [service workers: allow|block]
//   e.g. node benchmarks/ide/load-time.mjs http://127.0.0.1:5000/ 5
// Uses the playwright-core that the test project's build brings along (PLAYWRIGHT_CORE overrides) and Debian's Chromium.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";

const require = createRequire(import.meta.url);
const repository = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { chromium } = require(process.env.PLAYWRIGHT_CORE
  ?? join(repository, "tests/OpenIntegrationData.Api.Tests/bin/Release/net10.0/.playwright/package"));

const bases = (process.argv[2] ?? "http://127.0.0.1:5000/").split(",");
const runs = Number(process.argv[3] ?? 5);
const serviceWorkers = process.argv[4] ?? "allow";

// The test fixture's arguments (BrowserFixture.ChromiumArguments).
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup"],
});

// Resolves to "activated" once the page's service worker is active (it activates only after storing the app), or to
// "none" when the page has no active one within 120 s.
async function serviceWorkerActivated() {
  const registration = await Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 120000))]);
  const worker = registration?.active;
  if (!worker) return "none";
  if (worker.state !== "activated") {
    await new Promise((resolve) => worker.addEventListener("statechange", () => worker.state === "activated" && resolve()));
  }
  return "activated";
}

async function visit(context, base) {
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const finished = [];
  const problems = [];
  let pageLoads = 0;
  page.on("requestfinished", (request) => finished.push(request));
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("framenavigated", (frame) => { if (frame === page.mainFrame()) pageLoads++; });

  const start = performance.now();
  await page.goto(new URL("graphql", base).toString());
  const create = page.getByRole("button", { name: "Create Document" }).first();
  const run = page.getByRole("button", { name: "Run Operation" });
  await create.or(run).first().waitFor();
  if (await create.isVisible()) await create.click();
  while (!(await run.isEnabled())) await page.waitForTimeout(20);
  const usable = performance.now() - start;
  // A user comes back later; by then the service worker (if any) has stored the app. Wait for it as IdeLoadTests does.
  const workerStart = performance.now();
  const worker = serviceWorkers === "allow" ? await page.evaluate(serviceWorkerActivated) : "blocked";
  const workerReady = worker === "activated" ? Math.round(performance.now() - workerStart) : worker;

  let bytes = 0;
  let appFilesFromNetwork = 0;
  let appFilesFromServiceWorker = 0;
  let introspection = null;
  for (const request of finished) {
    const appFile = request.url().includes("/graphql/static/");
    if ((await request.response())?.fromServiceWorker()) {
      // Answered inside the browser from the service worker's cache: nothing crossed the wire.
      if (appFile) appFilesFromServiceWorker++;
      continue;
    }
    const sizes = await request.sizes().catch(() => null);
    const body = sizes ? Math.max(0, sizes.responseBodySize) : 0;
    bytes += body;
    if (appFile && body > 0) appFilesFromNetwork++;
    if (request.method() === "POST" && (request.postData() ?? "").includes("__schema {")) {
      const timing = request.timing();
      introspection = { bytes: body, ms: Math.round(timing.responseEnd - timing.requestStart) };
    }
  }
  await page.close();
  return { usable: Math.round(usable), kib: Math.round(bytes / 1024), requests: finished.length, appFilesFromNetwork, appFilesFromServiceWorker, workerReady, introspection, pageLoads, problems };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
};

const visits = new Map(bases.map((base) => [base, { first: [], repeat: [] }]));
for (let i = 0; i < runs; i++) {
  for (const base of bases) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers });
    for (const kind of ["first", "repeat"]) {
      const result = await visit(context, base);
      visits.get(base)[kind].push(result);
      const schema = result.introspection ? `; introspection ${result.introspection.bytes} B in ${result.introspection.ms} ms` : "";
      console.log(`${bases.length > 1 ? base + " " : ""}${kind.padEnd(6)} usable ${result.usable} ms; ${result.kib} KiB in ${result.requests} requests, `
        + `${result.appFilesFromNetwork} app files from the network, ${result.appFilesFromServiceWorker} from the service worker${schema}; `
        + `service worker ${typeof result.workerReady === "number" ? `active after ${result.workerReady} ms more` : result.workerReady}; ${result.pageLoads} page load(s); `
        + `load ${os.loadavg()[0].toFixed(1)}${result.problems.length ? "; " + result.problems.join(" | ") : ""}`);
    }
    await context.close();
  }
}
await browser.close();

for (const [base, byKind] of visits) {
  for (const [kind, results] of Object.entries(byKind)) {
    console.log(`${bases.length > 1 ? base + " " : ""}median ${kind} visit: usable ${median(results.map((r) => r.usable))} ms, `
      + `${median(results.map((r) => r.kib))} KiB (n=${results.length})`);
  }
}
console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.cpus().length} cores`);
