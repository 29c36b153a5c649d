// Each kind of page, in Chromium with JavaScript on, shows what the contract answers for it.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { STATUS_LABELS } from "@dossier/domain/vocabulary";
import { launch, openPage, type WatchedPage } from "./browser";
import { api, expectedRoutes } from "./routes";

const base = inject("baseUrl");
const storyId = "arms-for-food";
let browser: Browser;
let watched: WatchedPage;

beforeAll(async () => {
  browser = await launch();
  watched = await openPage(browser);
});
afterAll(async () => {
  await watched.close();
  await browser.close();
});

async function visit(path: string) {
  watched.problems.length = 0;
  const response = await watched.page.goto(`${base}${path}`, { waitUntil: "load" });
  return response;
}
const h1 = () => watched.page.locator("h1").first().innerText();
const texts = (selector: string) => watched.page.locator(selector).allInnerTexts();

describe("every route", () => {
  it("loads with status 200, a title and no console error or CSP violation", async () => {
    const routes = await expectedRoutes();
    expect(routes.length).toBeGreaterThan(100);
    for (const route of routes) {
      const response = await visit(route);
      expect(response?.status(), route).toBe(200);
      expect((await h1()).length, route).toBeGreaterThan(0);
      expect(await watched.page.title(), route).toMatch(/Dossier/);
      expect(watched.problems, route).toEqual([]);
    }
  });

  it("answers an unknown address with the 404 page", async () => {
    for (const path of ["/no-such-story", `/${storyId}/claims/claim.no-such-claim`, `/${storyId}/actors/person.nobody`]) {
      const response = await visit(path);
      expect(response?.status(), path).toBe(404);
      expect(await h1()).toBe("Page not found");
    }
  });
});

describe("the keyboard alone", () => {
  const focused = () =>
    watched.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        text: el?.textContent ?? "",
        id: el?.id ?? "",
        href: el?.getAttribute("href") ?? "",
        outline: el ? getComputedStyle(el).outlineStyle : "",
      };
    });

  it("reaches the skip link first, lands on the content, and follows a mark in the source with a visible focus", async () => {
    await visit(`/${storyId}/source`);
    await watched.page.keyboard.press("Tab");
    expect((await focused()).text).toBe("Skip to content");
    await watched.page.keyboard.press("Enter");
    expect((await focused()).id).toBe("main");
    const inSource = () => watched.page.evaluate(() => !!document.activeElement?.closest(".source-text a.ann"));
    for (let i = 0; i < 80 && !(await inSource()); i++) await watched.page.keyboard.press("Tab");
    const mark = await focused();
    expect(await inSource()).toBe(true);
    expect(mark.outline).not.toBe("none");
    await Promise.all([
      watched.page.waitForURL((url) => `${url.pathname}${url.hash}` === mark.href),
      watched.page.keyboard.press("Enter"),
    ]);
    expect(watched.problems).toEqual([]);
  });
});

describe("pages show what the API returns", () => {
  it("home leads on to the story", async () => {
    const [story] = await api.stories.list();
    await visit("/");
    expect(await watched.page.locator(`a[href="/${story!.id}"]`).first().innerText()).toBe(story!.title);
  });

  it("overview: summary, key points with their claims, and a status board counting claims by status", async () => {
    const [overview, byStatus] = await Promise.all([api.story.overview({ storyId }), api.claims.byStatus({ storyId })]);
    await visit(`/${storyId}`);
    expect(await h1()).toBe(overview.title);
    expect(await watched.page.locator(".lede").innerText()).toBe(overview.summary);
    for (const point of overview.keyPoints) {
      const item = watched.page.locator(`li[id="${point.id}"]`);
      expect(await item.locator("p").first().innerText()).toBe(point.text);
      const hrefs = await item.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(hrefs).toEqual(point.claims.map((c) => `/${storyId}/claims/${c.id}`));
    }
    const board = await texts(".status-board li");
    expect(board.map((t) => t.split("\n")[0])).toEqual(byStatus.map((g) => String(g.claims.length)));
    expect(board.map((t) => t.split("\n")[1])).toEqual(byStatus.map((g) => STATUS_LABELS[g.status].label));
  });

  it("claims: the list and every filter hold exactly the claims the API filters", async () => {
    const all = await api.claims.list({ storyId });
    await visit(`/${storyId}/claims`);
    expect(await watched.page.locator("ol.atom-list > li > a").allInnerTexts()).toEqual(all.map((c) => c.text));
    const allegations = await api.claims.list({ storyId, status: "allegation" });
    await visit(`/${storyId}/claims/status/allegation`);
    expect(await watched.page.locator("ol.atom-list > li > a").allInnerTexts()).toEqual(allegations.map((c) => c.text));
    const reactions = await api.claims.list({ storyId, role: "reaction" });
    await visit(`/${storyId}/claims/role/reaction`);
    expect(await watched.page.locator("ol.atom-list > li > a").allInnerTexts()).toEqual(reactions.map((c) => c.text));
    const kirby = await api.claims.list({ storyId, entity: "person.john-kirby" });
    await visit(`/${storyId}/claims/actor/person.john-kirby`);
    expect(await watched.page.locator("ol.atom-list > li > a").allInnerTexts()).toEqual(kirby.map((c) => c.text));
  });

  it("a claim: its words, every excerpt marked, its attribution and related claims both ways", async () => {
    for (const { id } of await api.claims.list({ storyId })) {
      const detail = await api.claims.detail({ storyId, claimId: id });
      await visit(`/${storyId}/claims/${id}`);
      expect(await h1()).toBe(detail.claim.text);
      expect(await texts(".excerpt mark")).toEqual(detail.excerpts.map((e) => e.span.exact));
      const body = await watched.page.locator("article").innerText();
      expect(body).toContain(STATUS_LABELS[detail.claim.status].meaning);
      if (detail.claim.attribution.reason) expect(body).toContain(detail.claim.attribution.reason);
      for (const r of detail.related) {
        expect(
          await watched.page.locator(`a[href="/${storyId}/claims/${r.claim.id}"]`).count(),
          `${id} → ${r.claim.id}`,
        ).toBeGreaterThan(0);
      }
    }
  });

  it("a quotation: its exact words, speaker and each appearance", async () => {
    for (const { id } of await api.quotations.list({ storyId })) {
      const detail = await api.quotations.detail({ storyId, quotationId: id });
      await visit(`/${storyId}/quotations/${id}`);
      expect(await h1()).toBe(detail.quotation.text);
      expect(await texts(".excerpt mark")).toEqual(detail.appearances.map((a) => a.span.exact));
      if (detail.speaker) expect(await watched.page.locator("dl.facts").innerText()).toContain(detail.speaker.name);
    }
  });

  it("an actor: name, every mention and the claims by and about them", async () => {
    for (const { id } of await api.entities.list({ storyId })) {
      const dossier = await api.entities.detail({ storyId, entityId: id });
      await visit(`/${storyId}/actors/${id}`);
      expect(await h1()).toBe(dossier.entity.name);
      const links = await watched.page.locator("article a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      for (const m of dossier.mentions) expect(links).toContain(`/${storyId}/source#${id}@${m.span.start}`);
      for (const c of [...dossier.claimsBy, ...dossier.claimsAbout]) expect(links).toContain(`/${storyId}/claims/${c.id}`);
    }
  });

  it("source: the article verbatim, with an anchor for every annotation", async () => {
    const source = await api.story.source({ storyId });
    await visit(`/${storyId}/source`);
    const paragraphs = await watched.page.locator(".source-text > p").evaluateAll((ps) => ps.map((p) => p.textContent));
    expect(paragraphs).toEqual(source.parts.map((p) => p.span.exact));
    const ids = new Set(await watched.page.locator(".source-text .anchor").evaluateAll((as) => as.map((a) => a.id)));
    for (const a of source.annotations) expect(ids.has(`${a.atomId}@${a.span.start}`), `${a.atomId}@${a.span.start}`).toBe(true);
  });

  it("timeline: a bar or marker per dated event, the undated apart, the raw words beside the dates", async () => {
    const entries = await api.story.timeline({ storyId });
    const dated = entries.filter((e) => e.interval?.start);
    await visit(`/${storyId}/timeline`);
    expect(await watched.page.locator(".timeline-svg a").count()).toBe(dated.length);
    const marks =
      (await watched.page.locator(".timeline-svg .bar").count()) +
      (await watched.page.locator(".timeline-svg a > path.marker").count());
    expect(marks).toBeGreaterThanOrEqual(dated.length);
    expect(await watched.page.locator("#undated + p + ul > li").count()).toBe(entries.length - dated.length);
    for (const e of dated) expect(await watched.page.locator(`li[id="${e.event.id}"]`).innerText()).toContain(e.time!.span.exact);
  });

  it("network: a dot per actor and a table row per relation", async () => {
    const network = await api.story.network({ storyId });
    await visit(`/${storyId}/network`);
    expect(await watched.page.locator(".network-svg circle").count()).toBe(network.nodes.length);
    expect(await watched.page.locator(".network-svg path.edge").count()).toBe(network.edges.length);
    expect(await watched.page.locator("table tbody tr").count()).toBe(network.edges.length);
  });
});
