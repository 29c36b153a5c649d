// axe-core in Chromium on every kind of page, in light and in dark, and screenshots at phone and
// desktop widths kept in test-artifacts/ for people to look at.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch, openPage } from "./browser";
import { expectedRoutes } from "./routes";

const base = inject("baseUrl");
const story = "/arms-for-food";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const artifacts = join(import.meta.dirname, "../../test-artifacts");

/** One page of each kind: the templates, not every claim. */
export const SAMPLE_ROUTES: Record<string, string> = {
  home: "/",
  methodology: "/methodology",
  overview: story,
  claims: `${story}/claims`,
  "claims-by-status": `${story}/claims/status/allegation`,
  claim: `${story}/claims/claim.russian-citizen-planes`,
  quotations: `${story}/quotations`,
  quotation: `${story}/quotations/quote.kirby-taken-note`,
  actors: `${story}/actors`,
  actor: `${story}/actors/person.john-kirby`,
  timeline: `${story}/timeline`,
  network: `${story}/network`,
  source: `${story}/source`,
  framing: `${story}/framing`,
  details: `${story}/details`,
  search: `${story}/search?q=food`,
  "not-found": "/no-such-page",
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(artifacts, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Injects axe-core (through the DevTools protocol, so the page's CSP does not apply to it) and runs it. */
async function axeViolations(page: Page, options: object = {}): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (runOptions) => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run({ ...runOptions, resultTypes: ["violations"] })).violations;
  }, options);
  return violations.map(
    (v) =>
      `${v.id} (${v.help}) at ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

describe("accessibility of every route", () => {
  it("axe finds no violation on any page in light mode, and no contrast problem in dark mode", async () => {
    const routes = await expectedRoutes();
    const found: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      const { page, close } = await openPage(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
      // Only colour differs between the schemes, so dark mode reruns the colour rules.
      const options = colorScheme === "dark" ? { runOnly: ["color-contrast", "link-in-text-block"] } : {};
      for (const route of routes) {
        await page.goto(`${base}${route}`);
        found.push(...(await axeViolations(page, options)).map((v) => `${colorScheme} ${route}: ${v}`));
      }
      await close();
    }
    expect(found.join("\n")).toBe("");
  });
});

describe.each(["light", "dark"] as const)("accessibility in %s mode", (colorScheme) => {
  it("axe finds no violation on any kind of page", async () => {
    const { page, problems, close } = await openPage(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
    const found: string[] = [];
    for (const [name, path] of Object.entries(SAMPLE_ROUTES)) {
      problems.length = 0;
      await page.goto(`${base}${path}`);
      if (colorScheme === "dark") await page.screenshot({ path: join(artifacts, `${name}-1280-dark.png`) });
      found.push(...(await axeViolations(page)).map((v) => `${name}: ${v}`));
      // The 404 page's own status is the one error the browser may log.
      const expected = name === "not-found" ? problems.filter((p) => !p.includes("status of 404")) : problems;
      found.push(...expected.map((p) => `${name}: ${p}`));
    }
    expect(found.join("\n")).toBe("");
    await close();
  });
});

describe("screenshots", () => {
  it.each([390, 1280])("of every kind of page at %i px wide", async (width) => {
    const { page, close } = await openPage(browser, { viewport: { width, height: width < 600 ? 844 : 900 } });
    for (const [name, path] of Object.entries(SAMPLE_ROUTES)) {
      await page.goto(`${base}${path}`);
      const file = join(artifacts, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: name !== "source" && name !== "network" });
      // A page wider than the viewport means something does not wrap on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} overflows at ${width} px`).toBeLessThanOrEqual(0);
    }
    await close();
  });
});
