import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierServer } from "../src/serve";
import { STORY_ID, PROCEDURE_CASES, countingLibrary, expectTrpcError } from "@dossier/api/testing";
import { queryTarget, startServer } from "./helpers/server";
import { logCapture } from "./helpers/logCapture";

let server: DossierServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const get = (target: string, headers: Record<string, string> = {}) => fetch(server.url + target, { headers });
const overview = queryTarget("story.overview", { storyId: STORY_ID });

describe("HTTP caching", () => {
  it("gives a successful answer a strong ETag and Cache-Control, the same ETag every time it sends the same bytes", async () => {
    const first = await get(overview);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    const again = await get(overview);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe(await first.text());
  });

  it("gives the same bytes the same ETag on another replica", async () => {
    const replica = await startServer();
    try {
      const [ours, theirs] = await Promise.all([get(overview), fetch(replica.url + overview)]);
      expect(await theirs.text()).toBe(await ours.text());
      expect(theirs.headers.get("etag")).toBe(ours.headers.get("etag"));
    } finally {
      await replica.close();
    }
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
      for (let i = 0; i < 20; i += 1)
        await fetch(small.url + queryTarget("search.query", { storyId: STORY_ID, query: `council ${i}` }));
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
        for (const input of inputs)
          served += (await (await fetch(small.url + queryTarget(path, input))).arrayBuffer()).byteLength;
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

  it("keeps no refusal: a stray input key is refused without running the procedure, and pushes no answer out", async () => {
    const { library, reads } = countingLibrary();
    const log = logCapture();
    const small = await startServer({ library, cacheEntries: 2, logger: log.logger });
    const ask = async (target: string) => {
      const response = await fetch(small.url + target);
      return { response, body: await response.text(), servedBy: () => log.servedBy(response.headers.get("x-request-id")) };
    };
    try {
      const kept = [queryTarget("story.overview", { storyId: STORY_ID }), queryTarget("claims.byStatus", { storyId: STORY_ID })];
      for (const target of kept) expect((await ask(target)).response.status).toBe(200);
      const ran = reads();
      for (let i = 0; i < 20; i += 1) {
        const junk = await ask(queryTarget("story.overview", { storyId: STORY_ID, [`junk${i}`]: i }));
        expect(junk.response.status).toBe(400);
        expectTrpcError(junk.body, "BAD_REQUEST", 400);
      }
      expect(reads()).toBe(ran);
      for (const target of kept) expect(await (await ask(target)).servedBy()).toBe("hit");
      expect(small.stats().cacheEntries).toBe(2);
    } finally {
      await small.close();
    }
  });
});

describe("what the cache serves", () => {
  const log = logCapture();
  let logged: DossierServer;
  beforeAll(async () => {
    logged = await startServer({ logger: log.logger });
  });
  afterAll(() => logged.close());
  const batch = `/trpc/story.overview?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { storyId: STORY_ID } }))}`;

  /** Sends the batch with these headers, and says how it was served. */
  async function servedBy(headers: Record<string, string> = {}) {
    const response = await fetch(logged.url + batch, { headers });
    await response.arrayBuffer();
    return log.servedBy(response.headers.get("x-request-id"));
  }

  it("serves a GET again from the cache", async () => {
    expect(await servedBy()).toBe("miss");
    expect(await servedBy()).toBe("hit");
  });

  it.each([
    ["a streamed batch (trpc-accept)", { "trpc-accept": "application/jsonl" }],
    ["a streamed batch (Accept)", { accept: "application/jsonl" }],
    ["a form content type", { "content-type": "multipart/form-data; boundary=x" }],
    ["a binary content type", { "content-type": "application/octet-stream" }],
  ])("leaves the same URL asked as %s to tRPC", async (_name, headers) => {
    expect(await servedBy()).toBe("hit");
    expect(await servedBy(headers)).toBe("trpc");
  });
});
