// The detector's throughput in the browser (the release wasm, in headless Chromium), beside
// the npm `compromise` library on the same text as the peer. It prints numbers; speed is not
// asserted here (benchmarks print, tests check behaviour), only that both did real work.
// Timed: `detectCounts`, the app's path for a new article (the text copied into wasm, parsed
// into blocks and detected), without building JSON.
import { expect, test } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
import { AppPage } from "./pages/app-page.mjs";

// The browser (UMD) build that defines `window.nlp`; the package's exports map hides it.
const compromiseDir = new URL("../../node_modules/compromise/", import.meta.url);
const compromiseSource = readFileSync(new URL("builds/compromise.js", compromiseDir), "utf8");
const compromiseVersion = JSON.parse(readFileSync(new URL("package.json", compromiseDir), "utf8")).version;
const devArticles = new URL("../../../shared/eval/dev/articles/", import.meta.url);
const MIN_BYTES = 1 << 20;
// Timed runs of our detector (odd, for a median); one warm-up run comes first.
const RUNS = 15;

/** The dev articles concatenated, repeated until the text has at least 1 MiB of UTF-8. */
function corpus() {
  const articles = readdirSync(devArticles)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(new URL(f, devArticles), "utf8"));
  const one = articles.join("\n\n");
  return one.repeat(Math.ceil(MIN_BYTES / Buffer.byteLength(one)));
}

test("detector throughput in the browser, with compromise as the peer", async ({ page }) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  await app.open();
  const text = corpus();
  const bytes = Buffer.byteLength(text);

  const ours = await page.evaluate(({ text, RUNS }) => {
    const api = window.wasmBindings;
    api.detectCounts(text); // warm-up
    const times = [];
    let counts;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      counts = api.detectCounts(text);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { ms: times[(RUNS - 1) / 2], best: times[0], counts: Array.from(counts) };
  }, { text, RUNS });

  await page.evaluate(compromiseSource);
  const peer = await page.evaluate((text) => {
    const t0 = performance.now();
    const doc = window.nlp(text);
    const people = doc.people().out("array").length;
    const organizations = doc.organizations().out("array").length;
    const quotations = doc.quotations().out("array").length;
    return { ms: performance.now() - t0, people, organizations, quotations };
  }, text);

  const mbps = (ms) => bytes / 1e6 / (ms / 1e3);
  const [actors, mentions, quotes] = ours.counts;
  console.log(`benchmark text: ${(bytes / 1e6).toFixed(2)} MB (dev articles repeated)`);
  console.log(
    `whosaid (wasm):  ${ours.ms.toFixed(1)} ms median of ${RUNS} = ${mbps(ours.ms).toFixed(1)} MB/s` +
      ` (fastest run ${mbps(ours.best).toFixed(1)} MB/s;` +
      ` ${actors} actors, ${mentions} mentions, ${quotes} quotes with speakers)`,
  );
  console.log(
    `compromise ${compromiseVersion}: ${peer.ms.toFixed(1)} ms = ${mbps(peer.ms).toFixed(2)} MB/s` +
      ` (${peer.people} people, ${peer.organizations} organisations, ${peer.quotations} quotations, no speakers)`,
  );
  console.log(`ratio: whosaid is ${(peer.ms / ours.ms).toFixed(1)}× faster than compromise`);

  expect(quotes).toBeGreaterThan(100);
  expect(actors).toBeGreaterThan(100);
  expect(peer.quotations).toBeGreaterThan(0);
});
