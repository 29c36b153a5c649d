import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import type { DossierServer } from "../src/server/serve";
import { STORY_ID } from "./helpers/fixtures";
import { queryTarget, startServer } from "./helpers/server";
import { PROCEDURE_CASES } from "./helpers/cases";

let server: DossierServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const get = (target: string, headers: Record<string, string> = {}) => fetch(server.url + target, { headers });
const overview = queryTarget("story.overview", { storyId: STORY_ID });

describe("HTTP caching", () => {
  it("gives a successful answer a strong ETag made from its bytes, and Cache-Control", async () => {
    const first = await get(overview);
    const etag = first.headers.get("etag");
    const digest = createHash("sha256").update(Buffer.from(await first.arrayBuffer())).digest("base64url");
    expect(etag).toBe(`"${digest.slice(0, 32)}"`);
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    expect((await get(overview)).headers.get("etag")).toBe(etag);
  });

  it("gives two requests with the same answer the same ETag", async () => {
    // The fixture story has far fewer than 50 hits for this word, so both limits give the same hits.
    const a = await get(queryTarget("search.query", { storyId: STORY_ID, query: "council", limit: 50 }));
    const b = await get(queryTarget("search.query", { storyId: STORY_ID, query: "council", limit: 51 }));
    expect(await a.text()).toBe(await b.text());
    expect(a.headers.get("etag")).toBe(b.headers.get("etag"));
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

  it("keeps the cache within its bound of entries", async () => {
    const small = await startServer({ cacheEntries: 5 });
    try {
      for (let i = 0; i < 20; i += 1) await fetch(small.url + queryTarget("search.query", { storyId: STORY_ID, query: `council ${i}` }));
      expect(small.stats().cacheEntries).toBeLessThanOrEqual(5);
    } finally {
      await small.close();
    }
  });

  it("keeps the cache within its bound of bytes", async () => {
    const budget = 20_000;
    const small = await startServer({ cacheBytes: budget });
    try {
      let served = 0;
      for (const [path, inputs] of Object.entries(PROCEDURE_CASES)) {
        for (const input of inputs) served += (await (await fetch(small.url + queryTarget(path, input))).arrayBuffer()).byteLength;
      }
      expect(served).toBeGreaterThan(2 * budget);
      expect(small.stats().cacheEntries).toBeGreaterThan(0);
      expect(small.stats().cacheBytes).toBeLessThanOrEqual(budget);
    } finally {
      await small.close();
    }
  });

  it("answers a target with parameters tRPC does not send from the cache, without remembering that spelling", async () => {
    const fresh = await startServer();
    try {
      const first = await fetch(fresh.url + overview);
      const odd = await fetch(`${fresh.url + overview}&utm_source=x`);
      expect(odd.headers.get("etag")).toBe(first.headers.get("etag"));
      expect(fresh.stats()).toMatchObject({ cacheEntries: 1, cacheAliases: 1 });
    } finally {
      await fresh.close();
    }
  });
});
