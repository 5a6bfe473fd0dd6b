// whosaid's service worker, written into each build by tools/offline.mjs: it caches every file
// of the build on the first visit, so the app opens and works with no network afterwards.
// Cache first (the files are content-hashed and never change under a name), then network.
const CACHE = "__CACHE__";
const FILES = __FILES__;

self.addEventListener("install", (event) => {
  event.waitUntil(
    Promise.all([
      caches.open(CACHE).then((cache) => cache.addAll(FILES)),
      routeFromCache(event),
    ]).then(() => self.skipWaiting()),
  );
});

// Where the browser has the Service Worker Static Routing API (Chromium), the build's own
// files (all but the page itself) are answered from this build's cache by the browser, with
// no fetch event: the script and the wasm arrive sooner at start-up. Elsewhere, and for page
// visits (answered whatever their query string), the fetch handler below does the same.
function routeFromCache(event) {
  if (typeof event.addRoutes !== "function") return Promise.resolve();
  const rules = FILES.filter((f) => f !== "./").map((f) => {
    const url = new URL(f, self.location.href);
    return {
      condition: { urlPattern: new URLPattern({ protocol: url.protocol.slice(0, -1), hostname: url.hostname, port: url.port, pathname: url.pathname }) },
      source: { cacheName: CACHE },
    };
  });
  // Routing is a speed-up only: a browser that refuses the rules still has the fetch handler.
  return event.addRoutes(rules).catch(() => {});
}

self.addEventListener("activate", (event) => {
  // Drop the caches of older builds.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // A page visit is answered with the cached app whatever its query string.
      const key = request.mode === "navigate" ? "./" : request;
      const hit = await cache.match(key, { ignoreSearch: request.mode === "navigate" });
      return hit ?? fetch(request);
    }),
  );
});
