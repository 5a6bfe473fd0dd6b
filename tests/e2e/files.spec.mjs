// Annotation files: export in each format and re-import in a fresh browser profile, a
// malformed file leaving the work untouched, a merge with a conflict, and the one-file
// annotator saved, opened from disk with no network, annotated, saved and reopened.
import { expect, test } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AppPage } from "./pages/app-page.mjs";

const PEACE = "the US–Russia peace talks";
const NATO = "Ukraine joining NATO";

async function openApp(page) {
  const app = new AppPage(page);
  await app.open();
  return app;
}

/** Sets a stance on Pete Hegseth's quote and returns the highlights' names. */
async function tagHegseth(app, topic, value) {
  await app.goToQuote(/by Pete Hegseth/);
  await app.setStanceByMouse(topic, value);
  await expect(app.inspectedQuoteLabel).toContainText(`${value.toLowerCase()} on ${topic}`);
  return app.quoteLabels();
}

test.describe("annotation files", () => {
  test("whosaid JSON and W3C exports re-import in a fresh profile with the same highlights", async ({ page, browser }) => {
    const dir = mkdtempSync(join(tmpdir(), "whosaid-"));
    const app = await openApp(page);
    const labels = await tagHegseth(app, NATO, "Against");
    expect(labels.some((l) => l.includes(`against on ${NATO}`))).toBe(true);
    const json = await app.exportAs("whosaid file (JSON)", dir);
    const w3c = await app.exportAs("W3C Web Annotation (JSON-LD)", dir);
    expect(JSON.parse(readFileSync(json, "utf8")).format).toBe("whosaid");
    expect(JSON.parse(readFileSync(w3c, "utf8")).type).toBe("AnnotationCollection");

    for (const file of [json, w3c]) {
      const fresh = await browser.newContext();
      const other = new AppPage(await fresh.newPage());
      await other.open();
      expect(await other.quoteLabels()).not.toEqual(labels);
      await other.importFiles([file]);
      await expect(other.importPreview).toContainText("Merging would bring: 1 new");
      await other.applyImport();
      await expect.poll(() => other.quoteLabels()).toEqual(labels);
      // One undoable step.
      await other.undoButton.click();
      await expect.poll(async () => (await other.quoteLabels()).some((l) => l.includes("against"))).toBe(false);
      expect(other.consoleErrors).toEqual([]);
      await fresh.close();
    }
  });

  test("annotation files dropped on the page open the import preview", async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), "whosaid-"));
    const app = await openApp(page);
    await tagHegseth(app, NATO, "Against");
    const json = readFileSync(await app.exportAs("whosaid file (JSON)", dir), "utf8");
    await app.undoButton.click();
    await app.drop([
      { name: "ada.whosaid.json", content: json },
      { name: "bo.whosaid.json", content: json },
    ]);
    await expect(app.importPreview).toContainText("ada.whosaid.json, bo.whosaid.json");
    await expect(app.importPreview).toContainText("Merging would bring: 1 new");
    await app.applyImport();
    await expect.poll(async () => (await app.quoteLabels()).some((l) => l.includes(`against on ${NATO}`))).toBe(true);
  });

  test("CSV exports open in spreadsheets: BOM, CRLF, curly quotes intact", async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), "whosaid-"));
    const app = await openApp(page);
    await tagHegseth(app, PEACE, "Favor");
    const quotes = readFileSync(await app.exportAs("Quotes table (CSV)", dir), "utf8");
    expect(quotes.charCodeAt(0)).toBe(0xfeff);
    expect(quotes).toContain("\r\n");
    expect(quotes).toContain(PEACE);
    expect(quotes).toContain("favor");
    expect(quotes).toContain("Pete Hegseth");
    const actors = readFileSync(await app.exportAs("Actors table (CSV)", dir), "utf8");
    expect(actors).toContain("Volodymyr Zelenskyy");
  });

  test("a malformed file gets a message naming it and where, and the work is untouched", async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), "whosaid-"));
    const app = await openApp(page);
    const before = await tagHegseth(app, NATO, "Against");
    const bad = join(dir, "broken.whosaid.json");
    writeFileSync(bad, '{\n  "format": "whosaid",\n  "version": 1,\n  "article": {\n');
    await app.importFiles([bad]);
    await expect(app.error).toContainText("broken.whosaid.json");
    await expect(app.error).toContainText("line");
    expect(await app.quoteLabels()).toEqual(before);
    const newer = join(dir, "newer.whosaid.json");
    writeFileSync(newer, JSON.stringify({ format: "whosaid", version: 99 }));
    await app.importFiles([newer]);
    await expect(app.error).toContainText("newer.whosaid.json");
    await expect(app.error).toContainText("99");
    expect(await app.quoteLabels()).toEqual(before);
  });

  test("merging a file that disagrees keeps both sides visible until resolved", async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), "whosaid-"));
    const app = await openApp(page);
    await tagHegseth(app, NATO, "Favor");
    const theirs = await app.exportAs("whosaid file (JSON)", dir);
    // Now this student thinks otherwise.
    await app.setStanceByMouse(NATO, "Against");
    await expect(app.inspectedQuoteLabel).toContainText(`against on ${NATO}`);
    await app.importFiles([theirs]);
    await expect(app.importPreview).toContainText("1 conflict");
    await app.applyImport();
    await expect(app.conflicts).toHaveCount(1);
    await expect(app.conflicts).toContainText("against");
    await expect(app.conflicts).toContainText("favor");
    // Still this student's stance until someone decides.
    await expect(app.inspectedQuoteLabel).toContainText(`against on ${NATO}`);
    await app.conflicts.getByRole("button", { name: /^Keep favor/ }).click();
    await expect(app.conflicts).toHaveCount(0);
    await expect(app.inspectedQuoteLabel).toContainText(`favor on ${NATO}`);
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });

  test("an import onto a copy lacking some text keeps what could not be placed, listed and exported", async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), "whosaid-"));
    const app = await openApp(page);
    await tagHegseth(app, NATO, "Against");
    const theirs = await app.exportAs("whosaid file (JSON)", dir);
    // This student's copy of the article lacks the paragraphs that mention Hegseth.
    const full = JSON.parse(readFileSync(theirs, "utf8")).article.text;
    const shorter = full.split("\n").filter((line) => !line.includes("Hegseth")).join("\n");
    expect(shorter.length).toBeLessThan(full.length);
    await app.paste(shorter);
    await expect.poll(async () => (await app.quoteLabels()).some((l) => l.includes("Hegseth"))).toBe(false);
    await app.importFiles([theirs]);
    const summary = await app.importPreview.getAttribute("data-import-summary");
    const unplaced = Number(/(\d+) could not be placed/.exec(summary)?.[1]);
    expect(unplaced).toBeGreaterThan(0);
    await expect(app.importPreview).toContainText(`${unplaced} could not be placed`);
    await app.applyImport();
    // Listed with their text and why; the stance on the lost quote among them.
    expect(await app.orphans.count()).toBeGreaterThanOrEqual(unplaced);
    await expect(app.orphans.filter({ hasText: "against on" })).toHaveCount(1);
    expect(await app.orphans.filter({ hasText: "its text is not in this article" }).count()).toBeGreaterThan(0);
    const listed = await app.orphans.count();
    // Deleting one is undoable.
    await app.orphans.first().getByRole("button", { name: /^Delete orphaned / }).click();
    await expect(app.orphans).toHaveCount(listed - 1);
    await app.undoButton.click();
    await expect(app.orphans).toHaveCount(listed);
    // The browser's saved work holds them too (it is a whosaid file).
    await expect(app.saveStatus).toHaveAttribute("data-save", "saved");
    const savedOrphans = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("whosaid:v1:work:"))
        .map((k) => JSON.parse(localStorage.getItem(k)).orphans?.length ?? 0),
    );
    expect(savedOrphans).toContain(listed);
    // The export still holds them, and re-importing it here adds nothing new.
    const ours = await app.exportAs("whosaid file (JSON)", dir);
    const saved = JSON.parse(readFileSync(ours, "utf8"));
    expect(saved.orphans.length).toBe(listed);
    expect(saved.orphans.some((o) => o.kind === "stance" && o.item.value === "against")).toBe(true);
    await app.importFiles([ours]);
    await expect(app.importPreview).toContainText("Merging would bring: nothing new");
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  test("Save as one file: opened from disk offline, annotated, saved again and reopened", async ({ page, browser }) => {
    const dir = mkdtempSync(join(tmpdir(), "whosaid-"));
    const app = await openApp(page);
    await tagHegseth(app, NATO, "Against");
    const first = await app.saveAsOneFile(dir);
    expect(first).toMatch(/\.whosaid\.html$/);

    const offline = await browser.newContext();
    const receiver = new AppPage(await offline.newPage());
    await receiver.openSingleFile(first);
    await expect.poll(async () => (await receiver.quoteLabels()).some((l) => l.includes(`against on ${NATO}`))).toBe(true);
    await tagHegseth(receiver, PEACE, "Neutral");
    const second = await receiver.saveAsOneFile(dir);
    await offline.close();

    const again = await browser.newContext();
    const reopened = new AppPage(await again.newPage());
    await reopened.openSingleFile(second);
    const labels = await reopened.quoteLabels();
    expect(labels.some((l) => l.includes(`against on ${NATO}`) && l.includes(`neutral on ${PEACE}`))).toBe(true);
    expect(await reopened.collectCspViolations()).toEqual([]);
    expect(reopened.foreignRequests).toEqual([]);
    expect(reopened.consoleErrors).toEqual([]);
    await again.close();
  });
});
