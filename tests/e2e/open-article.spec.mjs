import { expect, test } from "@playwright/test";
import { AppPage } from "./pages/app-page.mjs";

const fixture = (name) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const DEFAULT_HEADLINE = "Trump and Putin agree to begin Ukraine peace talks as Europe demands a role";

test.describe("opening your own article", () => {
  test("an HTML page is reduced to its article: headline, headings, paragraphs; no ads or scripts", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.openFile(fixture("city-council.html"));
    await expect(app.headline).toHaveText("Council delays bus lane vote after residents’ protest");
    await expect(app.sectionHeadings).toHaveText(["What happens next"]);
    await expect(app.paragraphs.filter({ hasText: "We are not against buses" })).toHaveText(
      /“We are not against buses, we are against being ignored,” said Mara Ellison/,
    );
    await expect(page.locator("main")).not.toContainText("Buy a new sofa");
    await expect(page.locator("main")).not.toContainText("tracking");
    await expect(page.locator("main")).not.toContainText("Parking fees");
    await expect(app.status).toHaveText("Opened city-council.html.");
    // The new article is detected as it opens.
    await expect(app.quoteItems.filter({ hasText: "We are not against buses" })).toContainText("Mara Ellison");
    // Nothing from the page became markup: no script or link element inside the article.
    await expect(page.locator("article script, article a, article style")).toHaveCount(0);
  });

  test("a Markdown file keeps its title and sections", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.openFile(fixture("library-hours.md"));
    await expect(app.headline).toHaveText("Library extends opening hours for exam season");
    await expect(app.sectionHeadings).toHaveText(["Students welcome the change"]);
    await expect(app.paragraphs.first()).toHaveText(
      "The central library will stay open until midnight from Monday, the city said on Friday.",
    );
  });

  test("pasted text opens as the article", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste("Harbour ferry returns\nThe ferry is back after a year.\n\n“It feels like summer,” said a commuter.");
    await expect(app.headline).toHaveText("Harbour ferry returns");
    await expect(app.paragraphs).toHaveCount(2);
    await expect(page.getByLabel("Paste the article's text or web page")).toHaveCount(0);
  });

  test("Escape closes the paste panel without changing anything", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await page.getByRole("button", { name: "Paste text" }).click();
    const box = page.getByLabel("Paste the article's text or web page");
    await expect(box).toBeFocused();
    await box.fill("Something else\nEntirely.");
    await page.keyboard.press("Escape");
    await expect(box).toHaveCount(0);
    await expect(app.headline).toHaveText(DEFAULT_HEADLINE);
  });

  test("a dropped file opens as the article", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.drop([{ name: "dropped.txt", type: "text/plain", content: "Dropped headline\nIt worked." }]);
    await expect(app.headline).toHaveText("Dropped headline");
  });

  const refusals = [
    ["a PDF", "lesson.pdf", /lesson\.pdf: whosaid opens \.txt, \.md and \.html files, not \.pdf/],
    ["a file that is not UTF-8", "latin1.txt", /latin1\.txt is not UTF-8 text: byte 19 \(line 2\)/],
  ];
  for (const [what, file, message] of refusals) {
    test(`${what} gets a clear message and the open article stays`, async ({ page }) => {
      const app = new AppPage(page);
      await app.open();
      await app.openFile(fixture(file));
      await expect(app.error).toContainText(message);
      await expect(app.headline).toHaveText(DEFAULT_HEADLINE);
      await app.dismissError();
      await expect(app.error).toHaveCount(0);
    });
  }

  test("empty pasted text, and several dropped files, are refused with a message", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste("   \n\n ");
    await expect(app.error).toContainText("the pasted text is empty");
    await app.drop([
      { name: "a.txt", content: "A\nB." },
      { name: "b.txt", content: "C\nD." },
    ]);
    await expect(app.error).toContainText("2 files were dropped; drop one article at a time");
    await expect(app.headline).toHaveText(DEFAULT_HEADLINE);
  });

  test("a file over 5 MB is refused before it is read", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.openFile({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(6 * 1024 * 1024, "a") });
    await expect(app.error).toContainText("huge.txt is too large to open (6.0 MB); whosaid opens files up to 5 MB");
    await expect(app.headline).toHaveText(DEFAULT_HEADLINE);
  });

  test("the default article is one click away", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.openFile(fixture("library-hours.md"));
    await expect(app.headline).not.toHaveText(DEFAULT_HEADLINE);
    await app.openDefaultArticle();
    await expect(app.headline).toHaveText(DEFAULT_HEADLINE);
    await expect(app.paragraphs).toHaveCount(14);
  });

  test("the toolbar and paste panel pass axe-core", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await page.getByRole("button", { name: "Paste text" }).click();
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });
});
