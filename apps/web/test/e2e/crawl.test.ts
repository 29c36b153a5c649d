// Follows every internal link from the home page: no link is dead, no fragment points at nothing,
// and every page the contract implies is reachable.
import { describe, expect, inject, it } from "vitest";
import { expectedRoutes } from "./routes";

const base = inject("baseUrl");

const linksOf = (html: string): string[] =>
  [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
const idsOf = (html: string): Set<string> =>
  new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")));

describe("crawl", () => {
  it("finds no dead internal link or fragment and reaches every page", async () => {
    const pages = new Map<string, string>();
    const queue = ["/"];
    const fragments: { from: string; path: string; id: string }[] = [];
    const dead: string[] = [];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (pages.has(path)) continue;
      const response = await fetch(`${base}${path}`);
      const html = await response.text();
      pages.set(path, html);
      if (response.status !== 200) dead.push(`${path} (${response.status})`);
      for (const href of linksOf(html)) {
        const url = new URL(href, `${base}${path}`);
        if (url.origin !== base) continue;
        const target = decodeURI(url.pathname) + url.search;
        if (url.hash) fragments.push({ from: path, path: target, id: decodeURIComponent(url.hash.slice(1)) });
        if (!pages.has(target) && !queue.includes(target)) queue.push(target);
      }
    }
    expect(dead.join("\n")).toBe("");
    const missing = fragments
      .filter((f) => !idsOf(pages.get(f.path) ?? "").has(f.id))
      .map((f) => `${f.from} → ${f.path}#${f.id}`);
    expect([...new Set(missing)].join("\n")).toBe("");
    // A filter that matches no claim keeps its stable URL but is not linked from anywhere.
    const unreached = (await expectedRoutes({ withEmptyFilters: false })).filter((route) => !pages.has(route));
    expect(unreached).toEqual([]);
  });
});
