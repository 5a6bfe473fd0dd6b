// Never losing work: every change saved in the browser and restored on reload, the list of
// saved work, a full storage reported with what to do, and two tabs that do not overwrite
// each other.
import { expect, test } from "@playwright/test";
import { AppPage } from "./pages/app-page.mjs";

const NATO = "Ukraine joining NATO";

async function tag(app, value) {
  // With two tabs, keys go to the one in front, as for a person.
  await app.page.bringToFront();
  await app.goToQuote(/by Pete Hegseth/);
  await app.setStanceByMouse(NATO, value);
  await expect(app.inspectedQuoteLabel).toContainText(`${value.toLowerCase()} on ${NATO}`);
}

const hasStance = (app, value) => async () =>
  (await app.quoteLabels()).some((l) => l.includes(`${value} on ${NATO}`));

test.describe("saved work", () => {
  test("a change is saved and comes back after a reload", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.saveStatus).toHaveAttribute("data-save", "idle");
    await tag(app, "Against");
    await expect(app.saveStatus).toHaveAttribute("data-save", "saved");
    await page.reload();
    await app.headline.waitFor();
    await expect.poll(hasStance(app, "against")).toBe(true);
    await expect(app.status).toContainText("Restored the work saved in this browser");
  });

  test("saved work is listed, reopened and deleted", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste("A pasted headline\n“It is fine,” Jane Doe said.");
    await expect(app.headline).toHaveText("A pasted headline");
    await app.goToQuote(/by Jane Doe/);
    await app.stanceGroup("A pasted headline").getByRole("button", { name: "Favor", exact: true }).click();
    await expect(app.saveStatus).toHaveAttribute("data-save", "saved");
    await app.openDefaultArticle();
    await page.getByRole("button", { name: "Saved work" }).click();
    const list = page.getByRole("region", { name: "Work saved in this browser" });
    await expect(list.locator(".saved-item")).toHaveCount(1);
    await list.getByRole("button", { name: "Open A pasted headline" }).click();
    await expect(app.headline).toHaveText("A pasted headline");
    await expect.poll(async () => (await app.quoteLabels()).some((l) => l.includes("favor on A pasted headline"))).toBe(true);
    await page.getByRole("button", { name: "Saved work" }).click();
    await list.getByRole("button", { name: "Delete saved work for A pasted headline" }).click();
    await expect(list).toContainText("No work is saved in this browser yet.");
  });

  test("a full storage is reported with what to do, and the work stays on the page", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    // Fill this origin's storage to its quota.
    await page.evaluate(() => {
      let i = 0;
      for (let size = 512 * 1024; size >= 1; size = Math.floor(size / 2)) {
        const chunk = "x".repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`filler-${i++}`, chunk);
          } catch {
            break;
          }
        }
      }
    });
    await tag(app, "Against");
    await expect(app.saveStatus).toHaveAttribute("data-save", "failed");
    await expect(app.saveStatus).toContainText("storage is full");
    await expect(app.saveStatus).toContainText("export");
    await expect.poll(hasStance(app, "against")).toBe(true);
  });

  test("two tabs on one article never silently overwrite each other", async ({ context }) => {
    const first = new AppPage(await context.newPage());
    await first.open();
    const second = new AppPage(await context.newPage());
    await second.open();
    await tag(first, "Against");
    await expect(second.saveStatus).toHaveAttribute("data-save", "other-tab");
    // The second tab's own change is not saved over the first's until its user chooses.
    await tag(second, "Favor");
    await expect(second.saveStatus).toHaveAttribute("data-save", "other-tab");
    await second.page.getByRole("button", { name: "Load the other tab's version" }).click();
    await expect.poll(hasStance(second, "against")).toBe(true);
  });
});
