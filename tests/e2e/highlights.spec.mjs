import { expect, test } from "@playwright/test";
import { AppPage } from "./pages/app-page.mjs";

test.describe("highlights in the article", () => {
  test("the default article shows all 14 quotes and the actors highlighted, with their hooks", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.quoteHighlights).toHaveCount(14);
    expect(await app.idsOf(app.quoteHighlights)).toHaveLength(14);
    // Every attributed quote names a speaker who is highlighted in the text.
    const speakers = await app.quoteHighlights.evaluateAll((els) =>
      els.map((e) => e.dataset.speakerId).filter(Boolean),
    );
    expect(speakers.length).toBeGreaterThanOrEqual(10);
    for (const speaker of new Set(speakers)) {
      await expect(app.mentionsOf(speaker).first()).toBeVisible();
    }
    // Actors: every mention carries its actor and colour.
    expect(await app.mentions.count()).toBeGreaterThan(40);
    const bad = await app.mentions.evaluateAll((els) =>
      els.filter((e) => !e.dataset.actorId || !/\bcolour-\d\b/.test(e.className)).length,
    );
    expect(bad).toBe(0);
    // The speaker's badge is where the quote starts, and the cue word is marked.
    const hegseth = app.quoteHighlights.filter({ hasText: "Chasing this illusory goal" });
    await expect(hegseth).toHaveAttribute("data-badge", "Pete Hegseth");
    expect(await app.cues.count()).toBeGreaterThan(5);
    // The highlights are in the text, not added to it.
    await expect(app.paragraphs.nth(1)).toContainText("“We’ll meet in Saudi Arabia.”");
  });

  test("pointing at a mention lights up every mention of that actor, and only those", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const trump = app.mentions.filter({ hasText: /^Trump$/ }).first();
    const actor = await trump.getAttribute("data-actor-id");
    const all = await app.mentionsOf(actor).count();
    expect(all).toBeGreaterThan(2);
    await trump.hover();
    await expect(app.litMentions).toHaveCount(all);
    const lit = await app.litMentions.evaluateAll((els) => els.map((e) => e.dataset.actorId));
    expect(new Set(lit)).toEqual(new Set([actor]));
    // Leaving the article puts the lights out.
    await page.mouse.move(1, 1);
    await expect(app.litMentions).toHaveCount(0);
  });

  test("focusing a quote lights up its speaker's mentions", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const quote = app.quoteHighlights.filter({ hasText: "Chasing this illusory goal" });
    const speaker = await quote.getAttribute("data-speaker-id");
    await quote.focus();
    await expect(quote).toBeFocused();
    await expect(app.litMentions).toHaveCount(await app.mentionsOf(speaker).count());
    await expect(app.litMentions.first()).toHaveAttribute("data-actor-id", speaker);
    // Tab moves on to the next highlight, which lights up its own actor.
    await page.keyboard.press("Tab");
    const next = page.locator(":focus");
    await expect(next).toHaveAttribute("data-annotation-id", /.+/);
  });

  test("the legend hides and shows a layer", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const people = app.legendToggle("People");
    await expect(people).toBeChecked();
    const count = await page.locator("article mark.actor-person").count();
    expect(count).toBeGreaterThan(10);
    await expect(app.legend).toContainText(`People ${count}`);
    await people.uncheck();
    await expect(page.locator("article mark.actor-person")).toHaveCount(0);
    await expect(page.locator("article mark.actor-country").first()).toBeVisible();
    await expect(app.quoteHighlights).toHaveCount(14);
    await app.legendToggle("Direct and partial quotes").uncheck();
    await expect(app.quoteHighlights).toHaveCount(await page.locator("article mark.quote-scare[tabindex]").count());
    await people.check();
    await expect(page.locator("article mark.actor-person")).toHaveCount(count);
  });

  test("clicking a quote in the side panel scrolls to its highlight and focuses it", async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const app = new AppPage(page);
    await app.open();
    const item = app.quoteItems.last();
    const id = await item.getAttribute("data-item");
    const target = app.highlight(id);
    await expect(target).not.toBeInViewport();
    await item.getByRole("button").click();
    await expect(target).toBeFocused();
    await expect(target).toBeInViewport();
    await expect(target).toHaveAttribute("aria-current", "true");
    await expect(item.getByRole("button")).toHaveAttribute("aria-current", "true");
  });

  test("clicking an actor in the side panel goes to its first mention and marks all of them", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const item = app.actorItems.filter({ hasText: "Pete Hegseth" });
    const actor = await item.getAttribute("data-item");
    await item.getByRole("button").click();
    await expect(app.mentionsOf(actor).first()).toBeFocused();
    await expect(app.currentHighlights).toHaveCount(await app.mentionsOf(actor).count());
  });

  test("the filter box narrows both lists", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.filter("hegseth");
    await expect(app.actorItems).toHaveCount(1);
    await expect(app.actorItems).toContainText("Pete Hegseth");
    const quotes = await app.quoteItems.count();
    expect(quotes).toBeGreaterThan(0);
    expect(quotes).toBeLessThan(14);
    for (const text of await app.quoteItems.allTextContents()) expect(text).toContain("Pete Hegseth");
    await app.filter("");
    await expect(app.quoteItems).toHaveCount(14);
  });

  test("highlights pass axe-core, lit and current ones included", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.quoteButton("Chasing this illusory goal").click();
    await app.mentions.first().hover();
    await expect(app.litMentions.first()).toBeVisible();
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });
});
