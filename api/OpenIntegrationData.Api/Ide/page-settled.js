// Put into the IDE's page by the server (IdeIndexPage.cs). The IDE's service worker stores the app while it installs,
// and Chromium compiles every script it stores then: seconds of CPU that would compete with the app's own start on
// the first visit. So the installing worker asks the open pages first, and this page answers once it has settled:
// its main thread has been idle for a second on end (the app has started and waits for the user).
(() => {
  if (!("serviceWorker" in navigator) || !("requestIdleCallback" in window)) {
    return;
  }

  const settled = new Promise((resolve) => {
    let idleSince = null;
    const watch = (deadline) => {
      // A callback with (nearly) the whole 50 ms idle period left means nothing else wanted the thread.
      if (deadline.timeRemaining() < 40) {
        idleSince = null;
      } else if (idleSince === null) {
        idleSince = performance.now();
      } else if (performance.now() - idleSince >= 1000) {
        resolve();
        return;
      }
      requestIdleCallback(watch);
    };
    addEventListener("load", () => requestIdleCallback(watch));
  });

  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data?.type === "IDE_PAGE_SETTLED?") {
      settled.then(() => event.source?.postMessage({ type: "IDE_PAGE_SETTLED" }));
    }
  });
  navigator.serviceWorker.startMessages();
})();
