import { describe, expect, it } from "vitest";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { canonicalInput, requestKey } from "../src/server/requestKey";

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
    const sameKeysOtherOrder: [unknown, unknown] = [{ a: 1, b: [{ c: 2, d: 3 }] }, { b: [{ d: 3, c: 2 }], a: 1 }];
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const [textA, textB] = [JSON.stringify(a), JSON.stringify(b)];
        const readAlike = isDeepStrictEqual(JSON.parse(textA), JSON.parse(textB));
        expect(canonicalInput(textA) === canonicalInput(textB)).toBe(readAlike);
      }),
      { examples: [sameKeysOtherOrder, [{ a: 1 }, { a: 2 }], [[1, 2], [2, 1]]] },
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
});
