import { expect, it } from "vitest";
import { BoundedLru } from "../src/server/lru";

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
