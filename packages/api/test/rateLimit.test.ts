import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../src/server/rateLimit";
import { STORY_ID } from "./helpers/fixtures";
import { queryTarget, startServer } from "./helpers/server";
import { expectTrpcError } from "./helpers/envelope";

describe("the token bucket", () => {
  it("lets a burst through, then asks to wait until a token is back", () => {
    const limiter = createRateLimiter(2, 3);
    expect([0, 0, 0].map(() => limiter.take("a", 1000))).toEqual([0, 0, 0]);
    expect(limiter.take("a", 1000)).toBe(1);
    expect(limiter.take("a", 1500)).toBe(0);
    expect(limiter.take("a", 1500)).toBe(1);
  });

  it("keeps one bucket per client", () => {
    const limiter = createRateLimiter(1, 1);
    expect(limiter.take("a", 0)).toBe(0);
    expect(limiter.take("a", 0)).toBeGreaterThan(0);
    expect(limiter.take("b", 0)).toBe(0);
  });

  it("says how many whole seconds to wait at a slow rate", () => {
    const limiter = createRateLimiter(0.25, 1);
    limiter.take("a", 0);
    expect(limiter.take("a", 0)).toBe(4);
  });

  it("tracks a bounded number of clients", () => {
    const limiter = createRateLimiter(1, 1, 10);
    for (let i = 0; i < 100; i += 1) limiter.take(`client-${i}`, 0);
    expect(limiter.clients).toBe(10);
  });

  it("forgets the client seen least recently, so new addresses cannot reset an active client's bucket", () => {
    const limiter = createRateLimiter(0.001, 1, 2);
    expect(limiter.take("attacker", 0)).toBe(0);
    expect(limiter.take("bystander", 0)).toBe(0);
    expect(limiter.take("attacker", 0)).toBeGreaterThan(0);
    // A new client pushes out one bucket: the bystander's, seen before the attacker's last request.
    expect(limiter.take("newcomer", 0)).toBe(0);
    expect(limiter.take("attacker", 0)).toBeGreaterThan(0);
  });
});

describe("over HTTP", () => {
  it("answers 429 with Retry-After and a typed error once a client's burst is spent, but not /healthz", async () => {
    const server = await startServer({ rateLimit: { perSecond: 0.01, burst: 3 } });
    try {
      const target = server.url + queryTarget("story.overview", { storyId: STORY_ID });
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await fetch(target)).status);
      expect(statuses).toEqual([200, 200, 200]);
      const limited = await fetch(target);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expectTrpcError(await limited.text(), "TOO_MANY_REQUESTS", 429);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${server.url}/healthz?probe=lb-1`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("counts clients by the last X-Forwarded-For hop only when told to trust a proxy", async () => {
    const server = await startServer({ rateLimit: { perSecond: 0.01, burst: 1 }, trustProxyHops: 1 });
    try {
      const target = server.url + queryTarget("story.overview", { storyId: STORY_ID });
      const as = (address: string) => fetch(target, { headers: { "x-forwarded-for": `10.0.0.9, ${address}` } });
      expect((await as("192.0.2.1")).status).toBe(200);
      expect((await as("192.0.2.1")).status).toBe(429);
      expect((await as("192.0.2.2")).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("counts an IPv6 client by its /64, whatever address of it asks", async () => {
    const server = await startServer({ rateLimit: { perSecond: 0.01, burst: 1 }, trustProxyHops: 1 });
    try {
      const target = server.url + queryTarget("story.overview", { storyId: STORY_ID });
      const as = (address: string) => fetch(target, { headers: { "x-forwarded-for": address } });
      expect((await as("2001:db8:5:6::1")).status).toBe(200);
      expect((await as("2001:db8:5:6:ffff:1:2:3")).status).toBe(429);
      expect((await as("2001:db8:5:7::1")).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
