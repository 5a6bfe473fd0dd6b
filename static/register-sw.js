// Registers the service worker that makes whosaid work offline after the first visit. Only
// over http(s): a page opened from disk (whosaid.html) already carries everything it needs.
if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("./sw.js").catch((err) => {
    console.warn(`whosaid works online only: the service worker was refused (${err})`);
  });
}
