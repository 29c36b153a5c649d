import { describe, expect, it } from "vitest";
import { isAliasable, ResponseCache } from "../src/server/responseCache";
import { toCachedResponse, type CachedResponse } from "../src/server/cachedResponse";

const answer = (body: string, serverFailed = false): CachedResponse =>
  toCachedResponse(
    { status: serverFailed ? 207 : 200, body, headers: new Headers({ "content-type": "application/json" }), serverFailed },
    { maxAgeSeconds: 300, varyOrigin: false },
  );

/** A producer that counts its calls. */
function producer(make: () => CachedResponse) {
  const calls = { count: 0 };
  const produce = async () => {
    calls.count += 1;
    return make();
  };
  return { calls, produce };
}

describe("the response cache", () => {
  it("keeps a normalised answer however many spellings (aliases) of another request churn through", async () => {
    const cache = new ResponseCache(5, 1_000_000);
    const kept = producer(() => answer("kept".repeat(1000)));
    await cache.resolve("key-kept", "/kept", kept.produce);
    const other = producer(() => answer("other"));
    for (let i = 0; i < 1000; i += 1) await cache.resolve("key-other", `/other?input=${i}`, other.produce);
    expect(other.calls.count).toBe(1);
    expect(cache.aliasCount).toBeLessThanOrEqual(5);
    const again = await cache.resolve("key-kept", "/kept-again", kept.produce);
    expect(again.cached).toBe(true);
    expect(kept.calls.count).toBe(1);
  });

  it("finds an answer by its exact target, and stays within its byte budget, aliases included", async () => {
    const cache = new ResponseCache(1000, 20_000);
    for (let i = 0; i < 50; i += 1) await cache.resolve(`key-${i}`, `/target-${i}`, async () => answer("x".repeat(1000)));
    expect(cache.bytes).toBeLessThanOrEqual(20_000);
    expect(cache.entries).toBeLessThan(50);
    expect(cache.byTarget("/target-49")?.body.length).toBe(1000);
    expect(cache.byTarget("/target-0")).toBeUndefined();
  });

  it("neither keeps nor shares an answer holding a server error", async () => {
    const cache = new ResponseCache(100, 1_000_000);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let made = 0;
    const produce = async () => {
      made += 1;
      await gate;
      return answer(`failed for request ${made}`, true);
    };
    const first = cache.resolve("key", "/t", produce);
    const second = cache.resolve("key", "/t", produce);
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(a.answer.body.toString()).not.toBe(b.answer.body.toString());
    expect(cache.byTarget("/t")).toBeUndefined();
    expect((await cache.resolve("key", "/t", produce)).cached).toBe(false);
  });

  it("shares one call among concurrent misses of a sound answer", async () => {
    const cache = new ResponseCache(100, 1_000_000);
    const sound = producer(() => answer("ok"));
    await Promise.all([cache.resolve("key", "/a", sound.produce), cache.resolve("key", "/b", sound.produce)]);
    expect(sound.calls.count).toBe(1);
  });
});

describe("which targets become aliases", () => {
  it("only those with the parameters tRPC's client sends, once each", () => {
    const aliasable = (query: string) => isAliasable(new URLSearchParams(query));
    expect(aliasable("")).toBe(true);
    expect(aliasable("input=%7B%7D")).toBe(true);
    expect(aliasable("batch=1&input=%7B%7D")).toBe(true);
    expect(aliasable("input=%7B%7D&utm=1")).toBe(false);
    expect(aliasable("input=%7B%7D&input=%7B%7D")).toBe(false);
    expect(aliasable("connectionParams=x")).toBe(false);
  });
});
