// The IDE's service worker, served in place of the one in the Banana Cake Pop package (IdeServiceWorker.cs says why).
// It caches nothing and answers no request: the browser loads the IDE over HTTP, whose cache keeps the hashed
// files for a year. It takes over at once from a worker the package installed earlier and deletes that worker's
// copies, so such a browser stops serving an old IDE from them. Nothing else on this origin uses Cache Storage.
self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(names.map((name) => caches.delete(name)))));
});
