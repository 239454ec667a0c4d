// How long the IDE at /graphql takes to become usable (the schema has arrived, Run is enabled) in headless
// Chromium, on a first visit and on a repeat visit in the same browser profile, with what each visit transferred.
// It drives the browser as tests/OpenIntegrationData.Api.Tests/Browser/IdeLoadTests.cs does, several times over,
// and prints each visit and the medians with the machine's load. Given several APIs (comma-separated, e.g. a build
// before and after a change), each round visits each of them in turn, so they share whatever the machine does.
//
// Usage: node benchmarks/ide/load-time.mjs <API base URL>[,<API base URL>…] [runs=5] [service workers: allow|block]
//   e.g. node benchmarks/ide/load-time.mjs http://127.0.0.1:5000/ 5
// Uses the playwright-core that the test project's build brings along (PLAYWRIGHT_CORE overrides) and Debian's Chromium.
import os from "node:os";
import { launchChromium, newProfile, openUntilUsable, serviceWorkerActivated } from "./chromium.mjs";

const bases = (process.argv[2] ?? "http://127.0.0.1:5000/").split(",");
const runs = Number(process.argv[3] ?? 5);
const serviceWorkers = process.argv[4] ?? "allow";

const browser = await launchChromium();

async function visit(context, base) {
  const page = await context.newPage();
  const finished = [];
  const problems = [];
  let pageLoads = 0;
  page.on("requestfinished", (request) => finished.push(request));
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("framenavigated", (frame) => { if (frame === page.mainFrame()) pageLoads++; });

  const { usable, mainThreadCpu, rendererCpu } = await openUntilUsable(page, base);
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
  return { usable: Math.round(usable), mainThreadCpu: Math.round(mainThreadCpu), rendererCpu: Math.round(rendererCpu), kib: Math.round(bytes / 1024), requests: finished.length, appFilesFromNetwork, appFilesFromServiceWorker, workerReady, introspection, pageLoads, problems };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
};

const visits = new Map(bases.map((base) => [base, { first: [], repeat: [] }]));
for (let i = 0; i < runs; i++) {
  for (const base of bases) {
    const context = await newProfile(browser, serviceWorkers);
    for (const kind of ["first", "repeat"]) {
      const result = await visit(context, base);
      visits.get(base)[kind].push(result);
      const schema = result.introspection ? `; introspection ${result.introspection.bytes} B in ${result.introspection.ms} ms` : "";
      console.log(`${bases.length > 1 ? base + " " : ""}${kind.padEnd(6)} usable ${result.usable} ms (CPU: main thread ${result.mainThreadCpu} ms, renderer ${result.rendererCpu} ms); ${result.kib} KiB in ${result.requests} requests, `
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
      + `CPU main thread ${median(results.map((r) => r.mainThreadCpu))} ms, renderer ${median(results.map((r) => r.rendererCpu))} ms, `
      + `${median(results.map((r) => r.kib))} KiB (n=${results.length})`);
  }
}
console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.cpus().length} cores`);
