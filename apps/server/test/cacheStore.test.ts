import { describe, expect, it } from "vitest";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { BoundedLru, canonicalInput, isAliasable, requestKey, ResponseCache, toProduced, type Produced } from "../src/cache";

const answer = (body: string, serverFailed = false): Produced =>
  toProduced(
    { status: serverFailed ? 207 : 200, body, headers: new Headers({ "content-type": "application/json" }), serverFailed },
    { maxAgeSeconds: 300, varyOrigin: false },
  );

/** A producer that counts its calls. */
function producer(make: () => Produced) {
  const calls = { count: 0 };
  const produce = () => {
    calls.count += 1;
    return Promise.resolve(make());
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
    for (let i = 0; i < 50; i += 1)
      await cache.resolve(`key-${i}`, `/target-${i}`, () => Promise.resolve(answer("x".repeat(1000))));
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

describe("the bounded LRU", () => {
  it("forgets the least recently used entry first when over its count", () => {
    const lru = new BoundedLru<number>(2, 1000);
    lru.set("a", 1, 1);
    lru.set("b", 2, 1);
    lru.get("a");
    lru.set("c", 3, 1);
    expect([lru.get("a"), lru.get("b"), lru.get("c")]).toEqual([1, undefined, 3]);
    expect(lru.size).toBe(2);
  });

  it("stays within its byte budget, and keeps nothing heavier than the budget", () => {
    const lru = new BoundedLru<string>(100, 10);
    lru.set("a", "x", 4);
    lru.set("b", "y", 4);
    lru.set("c", "z", 4);
    expect(lru.bytes).toBeLessThanOrEqual(10);
    expect(lru.get("a")).toBeUndefined();
    lru.set("huge", "w", 11);
    expect(lru.get("huge")).toBeUndefined();
  });

  it("accounts for a replaced entry once", () => {
    const lru = new BoundedLru<string>(10, 100);
    lru.set("a", "x", 30);
    lru.set("a", "y", 20);
    expect(lru.bytes).toBe(20);
    expect(lru.get("a")).toBe("y");
  });
});

/** The same JSON value with its object keys in a random order. */
const shuffled = (value: unknown, order: number[]): unknown => {
  if (Array.isArray(value)) return value.map((v) => shuffled(v, order));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const picked = entries.map((e, i) => [order[i % Math.max(order.length, 1)] ?? 0, e] as const).sort((a, b) => a[0] - b[0]);
  return Object.fromEntries(picked.map(([, [k, v]]) => [k, shuffled(v, order)]));
};

describe("the normalised request key", () => {
  it("is the same for any key order and spacing of the same input", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.nat()), (value, order) => {
        const a = canonicalInput(JSON.stringify(value));
        const b = canonicalInput(JSON.stringify(shuffled(value, order), null, 2));
        expect(b).toBe(a);
      }),
    );
  });

  it("differs for inputs tRPC would read differently", () => {
    // What tRPC reads is the parsed JSON; two texts differ for it exactly when their parsed values
    // are not deeply equal (key order aside: deep equality ignores it, as the key must).
    const sameKeysOtherOrder: [unknown, unknown] = [
      { a: 1, b: [{ c: 2, d: 3 }] },
      { b: [{ d: 3, c: 2 }], a: 1 },
    ];
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const [textA, textB] = [JSON.stringify(a), JSON.stringify(b)];
        const readAlike = isDeepStrictEqual(JSON.parse(textA), JSON.parse(textB));
        expect(canonicalInput(textA) === canonicalInput(textB)).toBe(readAlike);
      }),
      {
        examples: [
          sameKeysOtherOrder,
          [{ a: 1 }, { a: 2 }],
          [
            [1, 2],
            [2, 1],
          ],
        ],
      },
    );
    expect(canonicalInput("-0")).not.toBe(canonicalInput("0"));
    expect(canonicalInput("1e999")).not.toBe(canonicalInput("null"));
    expect(canonicalInput("{nope")).not.toBe(canonicalInput("{nope2"));
  });

  it("keeps what tRPC reads from the query string and drops the rest", () => {
    const key = (query: string) => requestKey("story.overview", new URLSearchParams(query));
    expect(key("input=%7B%22a%22%3A1%7D&utm=x")).toBe(key("input=%7B%20%22a%22%3A%201%7D"));
    expect(key("batch=1&input=%7B%7D")).not.toBe(key("input=%7B%7D"));
    expect(key("input=%7B%7D&connectionParams=x")).not.toBe(key("input=%7B%7D"));
    expect(requestKey("a", new URLSearchParams())).not.toBe(requestKey("b", new URLSearchParams()));
  });

  it("keys an input nested thousands deep by its text, without running out of stack", () => {
    const deep = (n: number, leaf: string) => "[".repeat(n) + leaf + "]".repeat(n);
    expect(() => canonicalInput(deep(3200, "1"))).not.toThrow();
    expect(canonicalInput(deep(3200, "1"))).not.toBe(canonicalInput(deep(3200, "2")));
    expect(canonicalInput(deep(3200, "1"))).toBe(canonicalInput(deep(3200, "1")));
  });
});
