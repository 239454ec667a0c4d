// Put into the IDE's page by the server (IdeIndexPage.cs). With no document open (a first visit), the app shows its
// start screen and does nothing until the user clicks "Create Document": only then does it start its GraphQL workers
// and fetch the schema. This presses that button for the user the moment the start screen appears, so the starter
// document (bcp-config.json) opens at once. A page that reopens a document left open (a repeat visit) shows an editor
// instead, and nothing is pressed. Only the page's start is watched: a start screen the user reaches later (by closing
// every tab) is left alone.
(() => {
  // Live collections: checking them on each batch of changes the app makes costs next to nothing.
  const buttons = document.getElementsByClassName("create");
  const editors = document.getElementsByClassName("monaco-editor");
  const observer = new MutationObserver(() => {
    if (editors.length > 0) {
      observer.disconnect();
      return;
    }

    for (const button of buttons) {
      if (button.tagName === "BUTTON" && button.textContent.trim() === "Create Document") {
        observer.disconnect();
        button.click();
        // Pressed once: the start screen stays until the app has stored the new document, and a second press would
        // open a second one.
        button.disabled = true;
        return;
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  addEventListener("load", () => setTimeout(() => observer.disconnect(), 30_000));
})();
