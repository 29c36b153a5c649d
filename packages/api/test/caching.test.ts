import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierServer } from "../src/server/serve.js";
import { fixtureLibrary, STORY_ID } from "./helpers/fixtures.js";
import { queryTarget, startServer } from "./helpers/server.js";

let server: DossierServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const get = (target: string, headers: Record<string, string> = {}) => fetch(server.url + target, { headers });
const overview = queryTarget("story.overview", { storyId: STORY_ID });

describe("HTTP caching", () => {
  it("gives a successful answer a strong ETag from the data version, and Cache-Control", async () => {
    const first = await get(overview);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(new RegExp(`^"${fixtureLibrary().version}-[A-Za-z0-9_-]+"$`));
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    expect((await get(overview)).headers.get("etag")).toBe(etag);
  });

  it("answers If-None-Match with 304 and no body, also for a weak or listed tag and for *", async () => {
    const etag = (await get(overview)).headers.get("etag")!;
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const again = await get(overview, { "if-none-match": header });
      expect(again.status).toBe(304);
      expect(again.headers.get("etag")).toBe(etag);
      expect(await again.text()).toBe("");
    }
    const stale = await get(overview, { "if-none-match": '"stale"' });
    expect(stale.status).toBe(200);
  });

  it("treats the same input in another spelling as the same request", async () => {
    const spaced = `/trpc/claims.list?input=${encodeURIComponent(`{ "status": "allegation", "storyId": "${STORY_ID}" }`)}`;
    const tight = queryTarget("claims.list", { storyId: STORY_ID, status: "allegation" });
    const [a, b] = await Promise.all([get(spaced), get(tight)]);
    expect(a.headers.get("etag")).toBe(b.headers.get("etag"));
    expect(await a.text()).toBe(await b.text());
  });

  it("gives different requests different ETags", async () => {
    const a = await get(queryTarget("claims.list", { storyId: STORY_ID }));
    const b = await get(queryTarget("claims.list", { storyId: STORY_ID, status: "denial" }));
    expect(a.headers.get("etag")).not.toBe(b.headers.get("etag"));
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const full = await get(overview);
    const head = await fetch(server.url + overview, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(full.headers.get("etag"));
    expect(head.headers.get("content-length")).toBe(full.headers.get("content-length"));
    expect(await head.text()).toBe("");
  });

  it("never lets a client reuse an error", async () => {
    const missing = await get(queryTarget("claims.detail", { storyId: STORY_ID, claimId: "claim.nope" }));
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
    expect(missing.headers.get("cache-control")).toBe("no-store");
  });

  it("keeps the cache within its bounds", async () => {
    const small = await startServer({ cacheEntries: 5 });
    try {
      for (let i = 0; i < 20; i += 1) await fetch(small.url + queryTarget("search.query", { storyId: STORY_ID, query: `council ${i}` }));
      expect(small.stats().cacheEntries).toBeLessThanOrEqual(5);
    } finally {
      await small.close();
    }
  });
});
