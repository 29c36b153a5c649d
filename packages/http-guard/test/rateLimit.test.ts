import { afterEach, describe, expect, it, vi } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import { createRateLimiter } from "../src/rateLimit";

afterEach(() => vi.restoreAllMocks());

describe("the token bucket", () => {
  it("lets a burst through, then asks to wait until a token is back", () => {
    const limiter = createRateLimiter(2, 3);
    expect([0, 0, 0].map(() => limiter.take("a", 1, 1000))).toEqual([0, 0, 0]);
    expect(limiter.take("a", 1, 1000)).toBe(1);
    expect(limiter.take("a", 1, 1500)).toBe(0);
    expect(limiter.take("a", 1, 1500)).toBe(1);
  });

  it("keeps one bucket per client", () => {
    const limiter = createRateLimiter(1, 1);
    expect(limiter.take("a", 1, 0)).toBe(0);
    expect(limiter.take("a", 1, 0)).toBeGreaterThan(0);
    expect(limiter.take("b", 1, 0)).toBe(0);
  });

  it("says how many whole seconds to wait at a slow rate", () => {
    const limiter = createRateLimiter(0.25, 1);
    limiter.take("a", 1, 0);
    expect(limiter.take("a", 1, 0)).toBe(4);
  });

  it("charges a batch one token per call, up to the burst", () => {
    const limiter = createRateLimiter(1, 10);
    expect(limiter.take("a", 10, 0)).toBe(0);
    expect(limiter.take("a", 1, 0)).toBeGreaterThan(0);
    expect(limiter.take("b", 25, 0)).toBe(0);
    expect(limiter.take("b", 1, 0)).toBeGreaterThan(0);
  });

  it("keeps refilling when the wall clock steps back: it counts on a monotonic clock", async () => {
    const limiter = createRateLimiter(1000, 1);
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBeGreaterThan(0);
    const wall = Date.now();
    vi.spyOn(Date, "now").mockImplementation(() => wall - 3_600_000);
    await sleep(20);
    expect(limiter.take("a")).toBe(0);
  });

  it("tracks a bounded number of clients", () => {
    const limiter = createRateLimiter(1, 1, 10);
    for (let i = 0; i < 100; i += 1) limiter.take(`client-${i}`, 1, 0);
    expect(limiter.clients).toBe(10);
  });

  it("forgets the client seen least recently, so new addresses cannot reset an active client's bucket", () => {
    const limiter = createRateLimiter(0.001, 1, 2);
    expect(limiter.take("attacker", 1, 0)).toBe(0);
    expect(limiter.take("bystander", 1, 0)).toBe(0);
    expect(limiter.take("attacker", 1, 0)).toBeGreaterThan(0);
    // A new client pushes out one bucket: the bystander's, seen before the attacker's last request.
    expect(limiter.take("newcomer", 1, 0)).toBe(0);
    expect(limiter.take("attacker", 1, 0)).toBeGreaterThan(0);
  });
});

describe("what a client has left", () => {
  it("is the whole burst for a client not seen, and falls with each call and refills with time", () => {
    const limiter = createRateLimiter(1, 4);
    expect(limiter.left("a", 0)).toBe(1);
    limiter.take("a", 2, 0);
    expect(limiter.left("a", 0)).toBe(0.5);
    expect(limiter.left("a", 1000)).toBe(0.75);
    expect(limiter.left("a", 60_000)).toBe(1);
    // Looking takes nothing.
    expect(limiter.take("a", 2, 0)).toBe(0);
  });
});
