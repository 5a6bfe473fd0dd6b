// Trunk post-build hook, run after csp-hash.mjs: makes the build work offline.
//
// 1. sw.js: a service worker that caches every file of this build on the first visit, so the
//    app opens with no network afterwards. Its cache name is a hash of the file list and
//    contents: a new build replaces the old cache.
// 2. whosaid.html: the whole annotator in one file (script, wasm, styles, icon inlined) that
//    works when opened from disk (file://) with no network. Its Content-Security-Policy allows
//    exactly its own inline script and style by hash, and no network at all.
//
// The single file keeps the script and the wasm in data blocks with stable ids
// (`whosaid-app-js`, `whosaid-wasm`) in <head>, where Yew's mounting (which empties <body>)
// leaves them, so the running app can write a copy of itself that also
// carries the user's work ("Save as one file") without any network.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("offline: TRUNK_STAGING_DIR is not set; run me as a Trunk post_build hook");
  process.exit(1);
}
const fail = (msg) => {
  console.error(`offline: ${msg}`);
  process.exit(1);
};
const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const files = readdirSync(dir).filter((f) => f !== "sw.js" && f !== "whosaid.html").sort();
const find = (re) => files.find((f) => re.test(f)) ?? fail(`no file matching ${re} in ${dir}`);
const js = find(/^whosaid-web-[0-9a-f]+\.js$/);
const wasm = find(/^whosaid-web-[0-9a-f]+_bg\.wasm$/);
const css = find(/^app-[0-9a-f]+\.css$/);
const icon = find(/^favicon-[0-9a-f]+\.svg$/);

// 1. The service worker.
const version = createHash("sha256");
for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
const sw = readFileSync("tools/sw.template.js", "utf8")
  .replace("__CACHE__", `whosaid-${version.digest("hex").slice(0, 16)}`)
  .replace("__FILES__", JSON.stringify(["./", ...files.map((f) => `./${f}`)]));
writeFileSync(join(dir, "sw.js"), sw);

// 2. The single file.
const bindings = readFileSync(join(dir, js), "utf8");
const exported = [...bindings.matchAll(/^export function (\w+)\(/gm)].map(([, name]) => name);
if (!/^export \{ initSync, __wbg_init as default \};$/m.test(bindings)) {
  fail(`${js} does not end in wasm-bindgen's usual export line; update tools/offline.mjs`);
}
// The module's own exports become plain declarations; the loader below calls them directly.
const plain = bindings
  .replace(/^export function /gm, "function ")
  .replace(/^export \{ initSync, __wbg_init as default \};$/m, "");
const loader = `
const wasmBytes = Uint8Array.from(atob(document.getElementById("whosaid-wasm").textContent.trim()), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: wasmBytes });
window.wasmBindings = { ${exported.join(", ")} };
dispatchEvent(new CustomEvent("TrunkApplicationStarted"));
`;
const script = `${plain}\n${loader}`;
if (/<\/script/i.test(script)) fail("the inlined script contains </script> and would end early");
const style = readFileSync(join(dir, css), "utf8");
const iconData = `data:image/svg+xml;base64,${readFileSync(join(dir, icon)).toString("base64")}`;
const csp = [
  "default-src 'none'",
  `script-src 'wasm-unsafe-eval' ${sha256(script)}`,
  `style-src ${sha256(style)}`,
  "img-src data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
const index = readFileSync(join(dir, "index.html"), "utf8");
const title = index.match(/<title>([^<]*)<\/title>/)?.[1] ?? "whosaid";
const description = index.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? "";
const single = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="description" content="${description}" />
    <title>${title}</title>
    <link rel="icon" href="${iconData}" />
    <style>${style}</style>
    <script type="application/octet-stream" id="whosaid-wasm">${readFileSync(join(dir, wasm)).toString("base64")}</script>
    <script type="module" id="whosaid-app-js">${script}</script>
  </head>
  <body>
    <noscript>whosaid needs JavaScript and WebAssembly to run.</noscript>
  </body>
</html>
`;
writeFileSync(join(dir, "whosaid.html"), single);
console.log(
  `offline: sw.js caches ${files.length + 1} files; whosaid.html is ${(single.length / 1024).toFixed(0)} KB`,
);
