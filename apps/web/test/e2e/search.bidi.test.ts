// A query holding a right-to-left override is echoed isolated (<bdi>), so it cannot reorder the
// sentence around it ("N results for …"), in the server's results and in the results as you type;
// the title and description never echo it.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, openPage } from "./browser";

const base = inject("baseUrl");
const storyId = "arms-for-food";
// U+202E RIGHT-TO-LEFT OVERRIDE, then words that match.
const QUERY = "\u202Efood";
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

describe("the echoed query", () => {
  it("is isolated in the server's results and absent from the head", async () => {
    const page = await (await fetch(`${base}/${storyId}/search?q=${encodeURIComponent(QUERY)}`)).text();
    // What the reader sees: the markup outside scripts (the React payload carries the query as data).
    const html = page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
    const echoes = [...html.matchAll(new RegExp(`(.{0,5})${escaped(QUERY)}(.{0,6})`, "g"))];
    // The form's value and the results' sentence.
    expect(echoes.length).toBeGreaterThan(0);
    for (const [, before, after] of echoes) {
      const inValue = before!.endsWith('="');
      expect(inValue || (before!.endsWith("<bdi>") && after!.startsWith("</bdi>")), `${before}…${after}`).toBe(true);
    }
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).not.toContain(QUERY);
  });

  it("is isolated in the results as you type", async () => {
    const { page, problems, close } = await openPage(browser);
    await page.goto(`${base}/${storyId}/search`);
    await page.locator("#search-query").fill(QUERY);
    const meta = page.locator("[data-live-results] p.meta");
    await meta.waitFor();
    expect(await meta.locator("bdi").innerText()).toBe(QUERY);
    expect(await meta.innerText()).toMatch(/^\d+ results? for “\u202Efood”\.$/);
    expect(await page.locator("#search-query").getAttribute("dir")).toBe("auto");
    expect(problems).toEqual([]);
    await close();
  });
});
