// Page object for the whosaid app: what a test can look at and do, in the user's terms.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export class AppPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.origin = null;
    this.consoleErrors = [];
    this.cspViolations = [];
    this.foreignRequests = [];
    this.headline = page.locator("h1.headline");
    this.sectionHeadings = page.locator("[data-block=heading]");
    this.paragraphs = page.locator("[data-block=paragraph]");
    this.sidePanel = page.getByRole("complementary", { name: "Article overview" });
    this.quoteItems = page.locator("[data-quote-kind]");
    this.actorItems = page.locator("[data-actor-kind]");
    // Highlights in the article. A highlight cut by another is several fragments with one
    // id; only its first fragment is focusable, so `[tabindex]` counts each highlight once.
    this.article = page.locator("article.article");
    this.highlights = page.locator("article [data-annotation-id]");
    this.quoteHighlights = page.locator('article [data-kind="quote"][tabindex]');
    this.mentions = page.locator('article [data-kind="actor"]');
    this.litMentions = page.locator("article [data-lit]");
    this.currentHighlights = page.locator('article [aria-current="true"]');
    this.cues = page.locator("article [data-cue-of]");
    this.legend = page.getByRole("group", { name: "Highlights" });
    this.filterBox = page.getByLabel("Filter quotes and actors");
    this.error = page.getByRole("alert");
    this.status = page.getByRole("status");

    page.on("console", (msg) => {
      if (msg.type() === "error") this.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => this.consoleErrors.push(String(err)));
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (this.origin && url.origin !== this.origin && url.protocol !== "data:") {
        this.foreignRequests.push(req.url());
      }
    });
  }

  /** Opens the app and waits until the article is on screen. */
  async open() {
    await this.page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const response = await this.page.goto("./");
    this.origin = new URL(response.url()).origin;
    await this.headline.waitFor();
  }

  /** Opens a file through the "Open file…" control. */
  async openFile(path) {
    await this.page.getByLabel("Open file").setInputFiles(path);
  }

  /** Opens pasted text through the "Paste text" panel. */
  async paste(text) {
    await this.page.getByRole("button", { name: "Paste text" }).click();
    await this.page.getByLabel("Paste the article's text or web page").fill(text);
    await this.page.getByRole("button", { name: "Open pasted text" }).click();
  }

  /** Drops files on the page, as dragging them from the desktop does. */
  async drop(files) {
    const dataTransfer = await this.page.evaluateHandle((files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
      return dt;
    }, files.map((f) => ({ name: f.name, type: f.type ?? "", bytes: [...Buffer.from(f.content)] })));
    await this.page.dispatchEvent(".app", "dragover", { dataTransfer });
    await this.page.dispatchEvent(".app", "drop", { dataTransfer });
  }

  /** The mentions of one actor (by its id). */
  mentionsOf(actorId) {
    return this.page.locator(`article [data-actor-id="${actorId}"]`);
  }

  /** The (first fragment of the) highlight of an annotation. */
  highlight(id) {
    return this.page.locator(`article [data-annotation-id="${id}"][tabindex]`);
  }

  /** The legend's switch for a layer, by the start of its label ("People", "Scare quotes"). */
  legendToggle(name) {
    const start = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return this.legend.getByRole("checkbox", { name: new RegExp(`^${start}`) });
  }

  /** Types into the side panel's filter box. */
  async filter(text) {
    await this.filterBox.fill(text);
  }

  /** The side panel's button for the quote containing `text`. */
  quoteButton(text) {
    return this.quoteItems.filter({ hasText: text }).getByRole("button");
  }

  /** The side panel's button for the actor named `name`. */
  actorButton(name) {
    return this.actorItems.filter({ hasText: name }).getByRole("button");
  }

  /** The distinct annotation ids among the elements `locator` matches. */
  async idsOf(locator) {
    const ids = await locator.evaluateAll((els) => els.map((e) => e.dataset.annotationId));
    return [...new Set(ids)];
  }

  async openDefaultArticle() {
    await this.page.getByRole("button", { name: "Default article" }).click();
  }

  async dismissError() {
    await this.error.getByRole("button", { name: "Dismiss" }).click();
  }

  async collectCspViolations() {
    this.cspViolations = await this.page.evaluate(() => window.__cspViolations ?? []);
    return this.cspViolations;
  }

  /** Runs axe-core in the page; returns the serious and critical violations. */
  async seriousAccessibilityViolations() {
    // page.evaluate runs through the DevTools protocol, which the page's CSP does not govern.
    await this.page.evaluate(axeSource);
    const results = await this.page.evaluate(() =>
      // eslint-disable-next-line no-undef
      axe.run(document, { resultTypes: ["violations"] }),
    );
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }

  /** How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways). */
  async horizontalOverflow() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }
}
