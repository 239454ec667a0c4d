// What load-time.mjs and trace.mjs share: Debian's Chromium launched as the browser tests launch it, and one visit of
// the IDE until it is usable (as tests/OpenIntegrationData.Api.Tests/Browser/IdeLoadTests.cs drives it).
// playwright-core comes from the test project's build (PLAYWRIGHT_CORE overrides).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const repository = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { chromium } = require(process.env.PLAYWRIGHT_CORE
  ?? join(repository, "tests/OpenIntegrationData.Api.Tests/bin/Release/net10.0/.playwright/package"));

/** Chromium with the test fixture's arguments (BrowserFixture.ChromiumArguments). */
export function launchChromium() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup"],
  });
}

/** A browser context as the tests' (one user's profile). */
export function newProfile(browser, serviceWorkers = "allow") {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers });
}

/**
 * Opens /graphql of `base` in `page` and waits until a query can run (a first visit opens the starter document, by
 * itself or, on builds before session 8, with a click on the start screen's "Create Document"; a repeat visit reopens
 * the one left open). Returns the milliseconds until usable and the page's CPU until then (Chromium's Performance
 * metrics: its main thread, and its renderer process with the app's workers).
 */
export async function openUntilUsable(page, base) {
  page.setDefaultTimeout(60_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  const start = performance.now();
  await page.goto(new URL("graphql", base).toString());
  // Checked in the page on every frame (never Playwright's role queries: polling those every few milliseconds cost the
  // page's main thread a tenth of a second of the visit). Builds since session 8 open the starter document by themselves
  // (Ide/open-document.js presses "Create Document" and disables it); on older builds the visit clicks it, as a user must.
  const run = 'button[aria-label^="Run Operation"]:not([disabled])';
  const waiting = await page.waitForFunction((run) => {
    if (document.querySelector(run)) return "usable";
    const create = [...document.querySelectorAll("button")].find((b) => !b.disabled && b.textContent.trim() === "Create Document");
    return create ? "click" : false;
  }, run, { polling: "raf" });
  if (await waiting.jsonValue() === "click") {
    await page.getByRole("button", { name: "Create Document" }).first().click();
    await page.waitForFunction((run) => document.querySelector(run) !== null, run, { polling: "raf" });
  }
  const usable = performance.now() - start;
  const metrics = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  await cdp.detach();
  return { usable, mainThreadCpu: (metrics.ThreadTime ?? NaN) * 1000, rendererCpu: (metrics.ProcessTime ?? NaN) * 1000 };
}

// Resolves to "activated" once the page's service worker is active (it activates only after storing the app), or to
// "none" when the page has no active one within 120 s. Runs in the page (page.evaluate).
export async function serviceWorkerActivated() {
  const registration = await Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 120000))]);
  const worker = registration?.active;
  if (!worker) return "none";
  if (worker.state !== "activated") {
    await new Promise((resolve) => worker.addEventListener("statechange", () => worker.state === "activated" && resolve()));
  }
  return "activated";
}
