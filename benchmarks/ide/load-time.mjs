// How long the IDE at /graphql takes to become usable (the schema has arrived, Run is enabled) in headless
// Chromium, on a first visit and on a repeat visit in the same browser profile, with what each visit transferred.
// It drives the browser as tests/OpenIntegrationData.Api.Tests/Browser/IdeLoadTests.cs does, several times over,
// and prints each visit and the medians with the machine's load.
//
// Usage: node benchmarks/ide/load-time.mjs <API base URL> [runs=5] [service workers: allow|block]
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

const base = process.argv[2] ?? "http://127.0.0.1:5000/";
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

async function visit(context) {
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

  let bytes = 0;
  let appFilesFromNetwork = 0;
  let introspection = null;
  for (const request of finished) {
    const sizes = await request.sizes().catch(() => null);
    const body = sizes ? Math.max(0, sizes.responseBodySize) : 0;
    bytes += body;
    if (request.url().includes("/graphql/static/") && body > 0) appFilesFromNetwork++;
    if (request.method() === "POST" && (request.postData() ?? "").includes("__schema {")) {
      const timing = request.timing();
      introspection = { bytes: body, ms: Math.round(timing.responseEnd - timing.requestStart) };
    }
  }
  await page.close();
  return { usable: Math.round(usable), kib: Math.round(bytes / 1024), requests: finished.length, appFilesFromNetwork, introspection, pageLoads, problems };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
};

const visits = { first: [], repeat: [] };
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers });
  for (const kind of ["first", "repeat"]) {
    const result = await visit(context);
    visits[kind].push(result);
    const schema = result.introspection ? `; introspection ${result.introspection.bytes} B in ${result.introspection.ms} ms` : "";
    console.log(`${kind.padEnd(6)} usable ${result.usable} ms; ${result.kib} KiB in ${result.requests} requests, `
      + `${result.appFilesFromNetwork} app files from the network${schema}; ${result.pageLoads} page load(s); `
      + `load ${os.loadavg()[0].toFixed(1)}${result.problems.length ? "; " + result.problems.join(" | ") : ""}`);
  }
  await context.close();
}
await browser.close();

for (const [kind, results] of Object.entries(visits)) {
  console.log(`median ${kind} visit: usable ${median(results.map((r) => r.usable))} ms, ${median(results.map((r) => r.kib))} KiB (n=${results.length})`);
}
console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.cpus().length} cores`);
