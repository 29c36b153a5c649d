// Search works without JavaScript (a GET form, results rendered on the server) and with it
// (results as you type, fetched from /api/trpc): both show the contract's hits, in its order.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, openPage } from "./browser";
import { api } from "./routes";

const base = inject("baseUrl");
const storyId = "arms-for-food";
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe("search", () => {
  it("without JavaScript: submitting the form renders the contract's hits on the server", async () => {
    const hits = await api.search.query({ storyId, query: "sanctions" });
    expect(hits.length).toBeGreaterThan(1);
    const { page, problems, close } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${base}/${storyId}/search`);
    await page.fill("#search-query", "sanctions");
    await Promise.all([page.waitForURL(/\?q=sanctions$/), page.press("#search-query", "Enter")]);
    const titles = await page.locator("[data-server-results] .search-hits > li > a").allInnerTexts();
    expect(titles).toEqual(hits.map((h) => h.title));
    expect(problems).toEqual([]);
    await close();
  });

  it("without JavaScript: a refused query reads as one sentence", async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    const words = Array.from({ length: 13 }, (_, i) => `w${i}`).join(" ");
    await page.goto(`${base}/${storyId}/search?q=${encodeURIComponent(words)}`);
    expect(await page.locator("[data-server-results] [role=alert]").innerText()).toMatch(
      /^Invalid query: must have at most 12 words\.?$/,
    );
    await close();
  });

  it("with JavaScript: results appear as you type, fetched from /api/trpc", async () => {
    const hits = await api.search.query({ storyId, query: "Kirby" });
    const { page, problems, close } = await openPage(browser);
    await page.goto(`${base}/${storyId}/search`);
    const request = page.waitForRequest((r) => r.url().includes("/api/trpc/search.query"));
    await page.locator("#search-query").pressSequentially("Kirby", { delay: 30 });
    await request;
    await page.locator("[data-live-results] .search-hits > li").first().waitFor();
    const titles = await page.locator("[data-live-results] .search-hits > li > a").allInnerTexts();
    expect(titles).toEqual(hits.map((h) => h.title));
    expect(page.url()).toBe(`${base}/${storyId}/search`);
    expect(problems).toEqual([]);
    await close();
  });
});
