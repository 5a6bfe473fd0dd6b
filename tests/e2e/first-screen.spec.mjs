import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { AppPage } from "./pages/app-page.mjs";

const seed = readFileSync(new URL("../../static/seed/trump-putin-peace-talks.txt", import.meta.url), "utf8");
const seedLines = seed.split("\n").map((l) => l.trim()).filter(Boolean);
const HEADLINE = seedLines[seedLines.length - 1];
const HEADINGS = [
  "European leaders insist on involvement",
  "US shifts position on Ukraine’s future",
  "Zelenskyy’s response",
  "A contentious path to peace",
];
const PARAGRAPHS = seedLines.slice(0, -1).filter((l) => !HEADINGS.includes(l));

test.describe("first screen", () => {
  test("shows the default article: headline, section headings and every paragraph", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.headline).toHaveText(HEADLINE);
    await expect(app.sectionHeadings).toHaveText(HEADINGS);
    expect(PARAGRAPHS).toHaveLength(14);
    await expect(app.paragraphs).toHaveText(PARAGRAPHS);
    // Typographic quotes and apostrophes arrive intact.
    await expect(app.paragraphs.nth(1)).toContainText("“We’ll meet in Saudi Arabia.”");
    await expect(page).toHaveTitle(/whosaid/);
  });

  test("the side panel says who said what and who is in it", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.quoteItems).toHaveCount(14);
    await expect(app.quoteItems.filter({ hasText: "We’ll meet in Saudi Arabia." })).toContainText("Donald Trump");
    await expect(app.quoteItems.filter({ hasText: "a premature surrender" })).toContainText(
      "One senior European diplomat",
    );
    await expect(app.actorItems.filter({ hasText: "Pete Hegseth" })).toContainText("US Defence Secretary");
    await expect(page.getByRole("heading", { name: /Anonymous sources/ })).toBeVisible();
  });

  test("starts under its Content-Security-Policy with no console error and no outside request", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("TRUNK-LOADER");
    await expect(app.sidePanel).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await app.collectCspViolations()).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  test("has no serious or critical accessibility violation (axe-core)", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });

  for (const [name, viewport] of [
    ["a 1024×768 school laptop", { width: 1024, height: 768 }],
    ["a 390-px phone", { width: 390, height: 844 }],
  ]) {
    test(`fits ${name} without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const app = new AppPage(page);
      await app.open();
      expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
      await expect(app.headline).toBeInViewport();
      await expect(app.sidePanel).toBeVisible();
      // The article column stays readable: at least 300 px wide, at most about 75 characters.
      const width = await page.locator("article.article").evaluate((el) => el.getBoundingClientRect().width);
      expect(width).toBeGreaterThanOrEqual(Math.min(300, viewport.width - 40));
      expect(width).toBeLessThanOrEqual(700);
    });
  }
});
