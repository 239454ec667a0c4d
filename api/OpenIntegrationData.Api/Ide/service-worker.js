// The IDE's service worker, served in place of the one in the Banana Cake Pop package (IdeServiceWorker.cs says why).
// The server puts one line before this text: `const release = { cache, files }`, the cache named after this release
// of the IDE and the app's hashed files (from the package's asset manifest, relative to this worker's folder).
//
// Why a cache at all: Chromium compiles a script from Cache Storage ahead of time when a service worker stores it
// while installing, and keeps that compiled code with it. A repeat visit then neither downloads nor compiles the
// IDE's 11 MB of scripts; from the HTTP cache alone it would compile them again (compiled code is kept there only
// from the third visit on).
//
// What it never does: claim an open page or replace its worker while the page is open. The app reloads itself when
// its worker changes, so a new release waits until the IDE's pages are closed, or until the user clicks the app's
// "Update" (the app then asks for SKIP_WAITING and reloads).

self.addEventListener("install", (event) => {
  event.waitUntil(pagesSettled().then(() => caches.open(release.cache)).then((cache) => cache.addAll(release.files)));
});

// Storing compiles the app: wait until the open pages of the IDE have started (page-settled.js answers then), so the
// first visit does not compete with it for the CPU. A page that cannot answer delays the release by a minute at most.
const settling = new Map();

async function pagesSettled() {
  const pages = (await self.clients.matchAll({ type: "window", includeUncontrolled: true }))
    .filter((page) => page.url.startsWith(self.registration.scope));
  const answers = pages.map((page) => new Promise((resolve) => {
    settling.set(page.id, resolve);
    page.postMessage({ type: "IDE_PAGE_SETTLED?" });
  }));
  await Promise.race([Promise.all(answers), new Promise((resolve) => setTimeout(resolve, 60_000))]);
  settling.clear();
}

self.addEventListener("activate", (event) => {
  // Copies of earlier releases (and of the package's own worker) go; nothing else on this origin uses Cache Storage.
  event.waitUntil(caches.keys().then((names) =>
    Promise.all(names.filter((name) => name !== release.cache).map((name) => caches.delete(name)))));
});

const appFiles = new Set(release.files.map((file) => new URL(file, self.registration.scope).href));

// Cache first for the hashed files (a name never changes its content); everything else goes to the network untouched.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !appFiles.has(request.url)) {
    return;
  }

  event.respondWith(caches.open(release.cache)
    .then((cache) => cache.match(request))
    .then((cached) => cached ?? fetch(request)));
});

self.addEventListener("message", (event) => {
  if (event.data?.type === "IDE_PAGE_SETTLED") {
    settling.get(event.source?.id)?.();
  } else if (event.data?.type === "SKIP_WAITING") {
    // The user clicked the app's "Update": the app reloads itself when this worker takes over.
    self.skipWaiting();
  }
});
