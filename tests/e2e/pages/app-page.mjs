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
    await this.ready();
  }

  /** Waits until the article is on screen and the side panel, drawn a frame later, too. */
  async ready() {
    await this.headline.waitFor();
    await this.page.locator("aside.side-panel:not([aria-busy])").waitFor();
  }

  /** Waits until the service worker has cached the build and controls the page. */
  async serviceWorkerControls() {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) => navigator.serviceWorker.addEventListener("controllerchange", done));
      }
    });
  }

  /** Opens the one-file annotator (dist/whosaid.html) from disk, with no network at all. */
  async openSingleFile(path) {
    await this.page.context().setOffline(true);
    await this.page.context().route(/^(?!file:)/, (route) => {
      this.foreignRequests.push(route.request().url());
      return route.abort();
    });
    await this.page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await this.page.goto(`file://${path}`);
    await this.ready();
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

// ---- Stance tools: topics, inspector, matrix, selection menu, keyboard, undo (stance branch).

/** The stance tools, in the user's terms. Mixed into AppPage below. */
const stanceTools = {
  get inspector() {
    return this.page.locator("#inspector");
  },
  get inspectedQuoteLabel() {
    return this.inspector.locator("[data-quote-label]");
  },
  get undoButton() {
    return this.page.getByRole("button", { name: "Undo", exact: true });
  },
  get redoButton() {
    return this.page.getByRole("button", { name: "Redo", exact: true });
  },
  get matrix() {
    return this.page.getByRole("table", { name: /Stances: actors/ });
  },
  get topicButtons() {
    return this.page.locator(".topic-name");
  },
  get currentTopic() {
    return this.page.locator(".topic-name[aria-pressed=true]");
  },
  get shortcutsDialog() {
    return this.page.getByRole("dialog", { name: "Keyboard shortcuts" });
  },
  get selectionMenu() {
    return this.page.getByRole("region", { name: "Selected text" });
  },
  get deletedItems() {
    return this.page.locator(".deleted-items li");
  },

  /** Presses a key with the focus on the page body, never in a text field. */
  async press(key) {
    await this.page.keyboard.press(key);
  },

  /** The group of stance buttons for one topic in the inspector. */
  stanceGroup(topic) {
    return this.inspector.getByRole("group", { name: `Stance on ${topic}` });
  },

  /** Clicks a stance button (Favor, Against, Neutral, Unclear) for a topic. */
  async setStanceByMouse(topic, value) {
    await this.stanceGroup(topic).getByRole("button", { name: value, exact: true }).click();
  },

  /** Presses j until the inspector shows a quote whose accessible name matches `pattern`. */
  async goToQuote(pattern, limit = 40) {
    for (let i = 0; i < limit; i++) {
      await this.press("j");
      await this.inspectedQuoteLabel.waitFor();
      if (pattern.test(await this.inspectedQuoteLabel.innerText())) return;
    }
    throw new Error(`no quote matching ${pattern} within ${limit} presses of j`);
  },

  /** The matrix cell of an actor (row header) on a topic (column header). */
  matrixCell(actor, topic) {
    return this.page.evaluateHandle(
      ([actor, topic]) => {
        const table = document.querySelector("table.stance-matrix");
        if (!table) return null;
        const col = [...table.querySelectorAll("thead th")].findIndex((th) => th.textContent === topic);
        const row = [...table.querySelectorAll("tbody tr")].find((tr) => tr.querySelector("th")?.textContent === actor);
        return row && col > 0 ? row.children[col] : null;
      },
      [actor, topic],
    );
  },

  /** The text of that cell, or null when there is no such cell. */
  async matrixCellText(actor, topic) {
    const cell = await this.matrixCell(actor, topic);
    return cell.evaluate((c) => (c ? c.textContent : null));
  },

  async selectTopic(label) {
    await this.page.locator(".topic-name", { hasText: label }).click();
  },

  async addTopic(label) {
    await this.page.getByLabel("New topic", { exact: true }).fill(label);
    await this.page.getByRole("button", { name: "Add topic" }).click();
  },

  async renameTopic(from, to) {
    await this.page.getByRole("button", { name: `Rename topic ${from}` }).click();
    await this.page.getByLabel(`New name for the topic ${from}`).fill(to);
    await this.page.getByRole("button", { name: "Save", exact: true }).click();
  },

  async removeTopic(label) {
    await this.page.getByRole("button", { name: `Remove topic ${label}` }).click();
  },

  async chooseSpeaker(name) {
    await this.inspector.getByLabel("Speaker").selectOption({ label: name });
  },

  /**
   * Selects the first occurrence of `text` in the article, as dragging the mouse does: the
   * selection may start and end in different text nodes (highlights cut the text into many).
   */
  async selectInArticle(text) {
    const found = await this.page.evaluate((text) => {
      for (const block of document.querySelectorAll("article [data-block]")) {
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let whole = "";
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push([n, whole.length]);
          whole += n.data;
        }
        const i = whole.indexOf(text);
        if (i < 0) continue;
        // The node holding UTF-16 offset `at`; an end offset prefers the node it ends.
        const point = (at, isEnd) => {
          for (let k = nodes.length - 1; k >= 0; k--) {
            const [n, from] = nodes[k];
            if (isEnd ? from < at : from <= at) return [n, at - from];
          }
          return [nodes[0][0], 0];
        };
        const range = document.createRange();
        range.setStart(...point(i, false));
        range.setEnd(...point(i + text.length, true));
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        return true;
      }
      return false;
    }, text);
    if (!found) throw new Error(`"${text}" is not in the article`);
  },

  /** Selects `text` and adds it as a mention of a new actor. */
  async addMentionOfNewActor(text, name, kind = "Person") {
    await this.selectInArticle(text);
    await this.selectionMenu.getByRole("button", { name: "Add actor mention" }).click();
    await this.selectionMenu.getByLabel("New actor's name").fill(name);
    await this.selectionMenu.getByLabel("New actor's kind").selectOption({ label: kind });
    await this.selectionMenu.getByRole("button", { name: "Add mention" }).click();
  },

  /** In the actor inspector: merges the actor named `other` into the one shown. */
  async mergeWith(other) {
    await this.inspector.getByLabel("Merge with").selectOption({ label: other });
    await this.inspector.getByRole("button", { name: "Merge", exact: true }).click();
  },
};

Object.defineProperties(AppPage.prototype, Object.getOwnPropertyDescriptors(stanceTools));

// ---- Files and saved work: export, import with its preview, conflicts, one-file saves.

/** Files in and out, in the user's terms. Mixed into AppPage below. */
const fileTools = {
  get importPreview() {
    return this.page.getByRole("region", { name: /^Import / });
  },
  get conflicts() {
    return this.page.locator("[data-conflict]");
  },
  /** Annotations an import could not place, as the side panel lists them. */
  get orphans() {
    return this.page.getByRole("region", { name: /^Could not be placed/ }).locator("[data-orphan]");
  },
  get saveStatus() {
    return this.page.locator("[data-save]");
  },

  /** Exports in the format whose menu label matches `label`; returns the saved file's path. */
  async exportAs(label, dir) {
    if (!(await this.page.locator("#export-panel").isVisible())) {
      await this.page.getByRole("button", { name: "Export", exact: true }).click();
    }
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: label }).click(),
    ]);
    const path = `${dir}/${download.suggestedFilename()}`;
    await download.saveAs(path);
    return path;
  },

  /** Saves the annotator with the work inside as one HTML file; returns its path. */
  async saveAsOneFile(dir) {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: "Save as one file" }).click(),
    ]);
    const path = `${dir}/${download.suggestedFilename()}`;
    await download.saveAs(path);
    return path;
  },

  /** Picks annotation files through "Import…" (the preview opens unless a lone file is bad). */
  async importFiles(paths) {
    await this.page.getByLabel("Import", { exact: true }).setInputFiles(paths);
  },

  async applyImport() {
    await this.importPreview.getByRole("button", { name: "Merge into this article" }).click();
  },

  /** The accessible names of every quote highlight, in reading order. */
  async quoteLabels() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('article mark[data-kind="quote"][aria-label]')].map((m) => m.getAttribute("aria-label")),
    );
  },
};

Object.defineProperties(AppPage.prototype, Object.getOwnPropertyDescriptors(fileTools));
