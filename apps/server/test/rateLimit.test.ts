import { describe, expect, it } from "vitest";
import { STORY_ID, expectTrpcError } from "@dossier/api/testing";
import { queryTarget, startServer } from "./helpers/server";
import { logCapture } from "./helpers/logCapture";

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
