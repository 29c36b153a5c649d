import { afterEach, describe, expect, it, vi } from "vitest";
import type { IncomingMessage } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { clientAddress, clientNetwork, createRateLimiter } from "../src/limits";
import { STORY_ID, expectTrpcError } from "@dossier/api/testing";
import { queryTarget, startServer } from "./helpers/server";
import { logCapture } from "./helpers/logCapture";

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

describe("over HTTP, per call and quietly", () => {
  it("charges each call of a batch, so a batch of ten costs what ten requests do", async () => {
    const server = await startServer({ rateLimit: { perSecond: 0.01, burst: 10 } });
    try {
      const input = encodeURIComponent(
        JSON.stringify(Object.fromEntries([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => [i, { storyId: STORY_ID, format: "json" }]))),
      );
      const batch = `${server.url}/trpc/${Array(10).fill("export.story").join(",")}?batch=1&input=${input}`;
      expect((await fetch(batch)).status).toBe(200);
      const again = await fetch(batch);
      expect(again.status).toBe(429);
      expectTrpcError(await again.text(), "TOO_MANY_REQUESTS", 429);
      expect((await fetch(server.url + queryTarget("story.overview", { storyId: STORY_ID }))).status).toBe(429);
      // Refusals that would each be logged come after the limit too, so they cannot be repeated at will.
      expect((await fetch(`${server.url}/trpc/x?input=${"x".repeat(9000)}`)).status).toBe(429);
    } finally {
      await server.close();
    }
  });

  it("logs a refused client once, and the refusals as one summary, not one line each", async () => {
    const log = logCapture();
    const server = await startServer({ rateLimit: { perSecond: 0.01, burst: 1 }, logger: log.logger });
    const target = server.url + queryTarget("story.overview", { storyId: STORY_ID });
    await fetch(target);
    const statuses = [];
    for (let i = 0; i < 200; i += 1) statuses.push((await fetch(target)).status);
    expect(statuses.every((status) => status === 429)).toBe(true);
    await server.close();
    const about429 = log.lines.filter(
      (line) => line.status === 429 || line.msg === "refusing a client" || line.msg === "refusals",
    );
    expect(about429.length).toBeLessThanOrEqual(2);
    expect(log.lines.find((line) => line.msg === "refusals")).toMatchObject({ refused: 200, clients: 1 });
  });
});

const request = (forwardedFor?: string) =>
  ({
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
    socket: { remoteAddress: "198.51.100.7" },
  }) as unknown as IncomingMessage;

describe("the client address", () => {
  it("is the socket's when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(request("203.0.113.1"), 0)).toBe("198.51.100.7");
  });

  it("is the Nth X-Forwarded-For entry from the right behind N trusted proxies", () => {
    const forwarded = "192.0.2.66, 203.0.113.1, 10.0.0.2";
    expect(clientAddress(request(forwarded), 1)).toBe("10.0.0.2");
    expect(clientAddress(request(forwarded), 2)).toBe("203.0.113.1");
    expect(clientAddress(request(forwarded), 3)).toBe("192.0.2.66");
  });

  it("is the leftmost entry when fewer proxies were passed than trusted, and the socket's without the header", () => {
    expect(clientAddress(request("203.0.113.1"), 3)).toBe("203.0.113.1");
    expect(clientAddress(request(), 2)).toBe("198.51.100.7");
  });
});

describe("the network a client counts as", () => {
  it("is an IPv4 address itself, also when written as IPv4-mapped IPv6", () => {
    expect(clientNetwork("192.0.2.1")).toBe("192.0.2.1");
    expect(clientNetwork("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(clientNetwork("::FFFF:c000:0201")).toBe("192.0.2.1");
  });

  it("is the /64 of an IPv6 address, however it is written", () => {
    const net = clientNetwork("2001:db8:1:2::1");
    expect(net).toBe("2001:db8:1:2::/64");
    expect(clientNetwork("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe(net);
    expect(clientNetwork("2001:DB8:1:2:0:0:0:9%eth0")).toBe(net);
    expect(clientNetwork("2001:db8:1:3::1")).not.toBe(net);
    expect(clientNetwork("::1")).toBe("0:0:0:0::/64");
  });

  it("is the value itself when it is not an IP address", () => {
    expect(clientNetwork("unknown")).toBe("unknown");
  });
});
