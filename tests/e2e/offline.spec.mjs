import { expect, test } from "@playwright/test";
import { resolve } from "node:path";
import { AppPage } from "./pages/app-page.mjs";

const SINGLE_FILE = resolve("dist/whosaid.html");

test.describe("offline", () => {
  test("whosaid.html works opened from disk with the network off", async ({ page }) => {
    const app = new AppPage(page);
    await app.openSingleFile(SINGLE_FILE);
    await expect(app.headline).toHaveText(/Trump and Putin agree/);
    await expect(app.paragraphs).toHaveCount(14);
    await expect(app.quoteItems).toHaveCount(14);
    // The detector runs in the page: its JavaScript bindings are there as in the served app.
    const counts = await page.evaluate(() => window.wasmBindings.detectCounts("“Yes,” she said."));
    expect(counts).toBeTruthy();
    expect(await app.collectCspViolations()).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  test("served, the app opens again with the network off after the first visit", async ({ page, context }) => {
    const app = new AppPage(page);
    await app.open();
    await app.serviceWorkerControls();
    await context.setOffline(true);
    await page.reload();
    await expect(app.headline).toHaveText(/Trump and Putin agree/);
    await expect(app.quoteItems).toHaveCount(14);
    const manifest = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.href);
    expect(manifest).toMatch(/manifest\.webmanifest$/);
  });

  test("Chromium answers the build's files from the cache by static routing, with no fetch event", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.serviceWorkerControls();
    await page.reload();
    await app.ready();
    const sources = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => /\.(wasm|js|css)$/.test(e.name))
        .map((e) => [e.name.split("/").pop(), e.workerMatchedSourceType]),
    );
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const [file, source] of sources) expect(source, file).toBe("cache");
  });
});
