// Tagging stances, correcting detections, undo and the keyboard, on the default article.
import { expect, test } from "@playwright/test";
import { AppPage } from "./pages/app-page.mjs";

const PEACE = "the US–Russia peace talks";
const EUROPE = "Europe's part in the negotiations";
const NATO = "Ukraine joining NATO";

async function openApp(page) {
  const app = new AppPage(page);
  await app.open();
  return app;
}

test.describe("stances", () => {
  test("a stance set by mouse and by key shows in the quote's name and the matrix", async ({ page }) => {
    const app = await openApp(page);
    await expect(app.page.locator("[data-matrix=empty]")).toBeVisible();
    await app.goToQuote(/by Pete Hegseth/);
    // By mouse, on the first topic.
    await app.setStanceByMouse(PEACE, "Against");
    await expect(app.stanceGroup(PEACE).getByRole("button", { name: "Against" })).toHaveAttribute("aria-pressed", "true");
    await expect(app.inspectedQuoteLabel).toContainText(`against on ${PEACE}`);
    await expect(app.status).toHaveText("Set a stance.");
    expect(await app.matrixCellText("Pete Hegseth", PEACE)).toBe("against (1 quote)");
    // By key, on the third topic.
    await app.press("t");
    await app.press("t");
    await expect(app.currentTopic).toHaveText(NATO);
    await app.press("f");
    await expect(app.inspectedQuoteLabel).toContainText(`favor on ${NATO}`);
    await expect(app.stanceGroup(NATO)).toHaveAttribute("data-stance", "favor");
    await expect.poll(() => app.matrixCellText("Pete Hegseth", NATO)).toBe("favor (1 quote)");
    // Pressing the pressed button again clears it.
    await app.setStanceByMouse(PEACE, "Against");
    await expect(app.stanceGroup(PEACE)).toHaveAttribute("data-stance", "none");
    expect(app.consoleErrors).toEqual([]);
  });

  test("topics can be added, renamed and removed; removing is undoable with its stances", async ({ page }) => {
    const app = await openApp(page);
    await expect(app.topicButtons).toHaveCount(4);
    await app.addTopic("sanctions");
    await expect(app.topicButtons).toHaveCount(5);
    await expect(app.topicButtons.last()).toHaveText("sanctions");
    await app.renameTopic("sanctions", "sanctions on Russia");
    await expect(app.topicButtons.last()).toHaveText("sanctions on Russia");
    await app.selectTopic("sanctions on Russia");
    await expect(app.currentTopic).toHaveText("sanctions on Russia");
    await app.goToQuote(/by Pete Hegseth/);
    await app.press("a");
    await expect(app.stanceGroup("sanctions on Russia")).toHaveAttribute("data-stance", "against");
    await app.removeTopic("sanctions on Russia");
    await expect(app.topicButtons).toHaveCount(4);
    await expect(app.stanceGroup("sanctions on Russia")).toHaveCount(0);
    await app.undoButton.click();
    await expect(app.topicButtons).toHaveCount(5);
    await expect(app.stanceGroup("sanctions on Russia")).toHaveAttribute("data-stance", "against");
    await expect(app.status).toHaveText("Undid: Removed a topic.");
  });

  test("the speaker of a quote can be changed", async ({ page }) => {
    const app = await openApp(page);
    await app.goToQuote(/by Pete Hegseth/);
    await app.chooseSpeaker("Donald Trump");
    await expect(app.inspectedQuoteLabel).toHaveText(/quote by Donald Trump/);
    await expect(app.inspector.getByLabel("Speaker")).toHaveValue(/actor-/);
    await app.chooseSpeaker("Nobody (unattributed)");
    await expect(app.inspectedQuoteLabel).toContainText("unattributed");
    await expect(app.inspector.locator("[data-origin=edited]")).toBeVisible();
  });

  test("selecting text adds a mention of a new actor", async ({ page }) => {
    const app = await openApp(page);
    await app.addMentionOfNewActor("European leaders", "Leaders of Europe", "Group");
    await expect(app.status).toHaveText("Added an actor.");
    await expect(app.selectionMenu).toHaveCount(0);
    // The new actor can now be chosen as a speaker.
    await app.press("j");
    await expect(app.inspector.getByLabel("Speaker").locator("option", { hasText: "Leaders of Europe" })).toHaveCount(1);
  });

  test("a selection is mapped to the right bytes, badges and odd selections aside", async ({ page }) => {
    const app = await openApp(page);
    // Typographic quotes are three bytes each: the menu says what the core will store.
    await app.selectInArticle(" Saudi Arabia.”");
    await expect(app.selectionMenu.locator("q")).toHaveText("Saudi Arabia.”");
    const [start, end] = await app.selectionMenu.evaluate((m) => [Number(m.dataset.start), Number(m.dataset.end)]);
    expect(end - start).toBe(Buffer.byteLength("Saudi Arabia.”"));
    await app.press("Escape");
    await expect(app.selectionMenu).toHaveCount(0);
    // Text outside the article (the side panel) offers nothing.
    await page.evaluate(() => {
      const el = document.querySelector(".panel-title");
      const range = document.createRange();
      range.selectNodeContents(el);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await expect(app.selectionMenu).toHaveCount(0);
    expect(app.consoleErrors).toEqual([]);
  });

  test("two actors can be merged", async ({ page }) => {
    const app = await openApp(page);
    await app.goToQuote(/by Pete Hegseth/);
    await app.inspector.getByRole("button", { name: "Edit Pete Hegseth" }).click();
    await expect(app.inspector.locator("[data-inspected=actor]")).toBeVisible();
    await expect(app.inspector.getByLabel("Name", { exact: true })).toHaveValue("Pete Hegseth");
    const before = await app.inspector.getByLabel("Merge with").locator("option").count();
    await app.mergeWith("Donald Trump");
    await expect(app.status).toHaveText("Merged two actors.");
    await expect(app.inspector.getByLabel("Merge with").locator("option")).toHaveCount(before - 1);
    await expect(app.inspector.getByLabel("Merge with").locator("option", { hasText: "Donald Trump" })).toHaveCount(0);
    await app.undoButton.click();
    await expect(app.inspector.getByLabel("Merge with").locator("option")).toHaveCount(before);
  });

  test("a deleted detection can be restored", async ({ page }) => {
    const app = await openApp(page);
    await app.goToQuote(/by Pete Hegseth/);
    const label = await app.inspectedQuoteLabel.innerText();
    await app.inspector.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(app.status).toHaveText("Deleted a quote.");
    await expect(app.inspector.locator("[data-inspected=none]")).toBeVisible();
    await expect(app.deletedItems).toHaveCount(1);
    await app.deletedItems.getByRole("button", { name: /^Restore quote/ }).click();
    await expect(app.deletedItems).toHaveCount(0);
    await expect(app.status).toHaveText("Restored a quote.");
    // It is still the current item, so the inspector shows it again.
    await expect(app.inspectedQuoteLabel).toHaveText(label);
  });

  test("undo and redo step across topics, by button and by key", async ({ page }) => {
    const app = await openApp(page);
    await expect(app.undoButton).toBeDisabled();
    await expect(app.redoButton).toBeDisabled();
    await app.goToQuote(/by Pete Hegseth/);
    await app.press("f");
    await app.press("t");
    await app.press("2");
    await expect(app.stanceGroup(PEACE)).toHaveAttribute("data-stance", "favor");
    await expect(app.stanceGroup(EUROPE)).toHaveAttribute("data-stance", "against");
    await app.press("Control+z");
    await expect(app.stanceGroup(EUROPE)).toHaveAttribute("data-stance", "none");
    await expect(app.stanceGroup(PEACE)).toHaveAttribute("data-stance", "favor");
    await app.undoButton.click();
    await expect(app.stanceGroup(PEACE)).toHaveAttribute("data-stance", "none");
    await expect(app.undoButton).toBeDisabled();
    await app.press("Control+Shift+z");
    await expect(app.stanceGroup(PEACE)).toHaveAttribute("data-stance", "favor");
    await app.press("Control+y");
    await expect(app.stanceGroup(EUROPE)).toHaveAttribute("data-stance", "against");
    await expect(app.redoButton).toBeDisabled();
    await expect(app.status).toHaveText("Redid: Set a stance.");
    // In a text field, Ctrl+Z is the field's own.
    await app.page.getByLabel("New topic", { exact: true }).fill("abc");
    await app.page.getByLabel("New topic", { exact: true }).press("Control+z");
    await expect(app.stanceGroup(EUROPE)).toHaveAttribute("data-stance", "against");
  });

  test("? lists the shortcuts in a modal dialog that keeps focus and closes on Escape", async ({ page }) => {
    const app = await openApp(page);
    await app.press("j");
    await app.press("?");
    await expect(app.shortcutsDialog).toBeVisible();
    await expect(app.shortcutsDialog.locator("[data-shortcut]")).toHaveCount(13);
    for (let i = 0; i < 4; i++) {
      await app.press("Tab");
      expect(await page.evaluate(() => !!document.activeElement?.closest("dialog"))).toBe(true);
    }
    // Keys inside the dialog do not act on the article.
    await app.press("f");
    await expect(app.undoButton).toBeDisabled();
    await app.press("Escape");
    await expect(app.shortcutsDialog).toBeHidden();
    await app.press("?");
    await app.shortcutsDialog.getByRole("button", { name: "Close" }).click();
    await expect(app.shortcutsDialog).toBeHidden();
  });

  test("e moves focus into the inspector; Delete deletes the current quote", async ({ page }) => {
    const app = await openApp(page);
    await app.goToQuote(/by Pete Hegseth/);
    await app.press("e");
    expect(await page.evaluate(() => !!document.activeElement?.closest("#inspector"))).toBe(true);
    await page.locator("h1.headline").click();
    await app.press("Delete");
    await expect(app.status).toHaveText("Deleted a quote.");
    await expect(app.deletedItems).toHaveCount(1);
  });

  test("no serious accessibility violations with the inspector and the dialog open", async ({ page }) => {
    const app = await openApp(page);
    await app.goToQuote(/by Pete Hegseth/);
    await app.press("f");
    await app.inspector.getByRole("button", { name: "Delete", exact: true }).click();
    await app.press("j");
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
    await app.inspector.getByRole("button", { name: /^Edit / }).click();
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
    await app.selectInArticle("European leaders");
    await expect(app.selectionMenu).toBeVisible();
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
    await app.press("Escape");
    await app.press("?");
    await expect(app.shortcutsDialog).toBeVisible();
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });
});
