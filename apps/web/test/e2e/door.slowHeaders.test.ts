// A client that sends its headers a line at a time, never finishing, is cut off at the request
// timeout (10 s by default) with a 408, however steadily it trickles. Node's own default, which
// `next start` keeps, holds such a client 60 s; this test stops waiting at 15 s.
import { describe, expect, inject, it } from "vitest";
import { DEFAULTS } from "../../server/config";
import { rawExchange, targetOf } from "./rawHttp";

const to = targetOf(inject("baseUrl"));
const GIVE_UP_MS = 15_000;

describe("slow headers", () => {
  it("are cut at the request timeout with a 408", async () => {
    const lines = ["GET /arms-for-food HTTP/1.1\r\nHost: x\r\n", ...Array.from({ length: 60 }, (_, i) => `X-Slow-${i}: 1\r\n`)];
    const { closedAfterMs, statuses } = await rawExchange(to, lines, {
      localAddress: "127.0.0.30",
      delayMs: 250,
      deadlineMs: GIVE_UP_MS,
    });
    console.log(`slow headers: connection closed after ${closedAfterMs?.toFixed(0) ?? "more than " + GIVE_UP_MS} ms`);
    expect(closedAfterMs).not.toBeNull();
    // Node checks its clocks every quarter of the timeout at most (1 s): cut within the timeout and that.
    expect(closedAfterMs!).toBeGreaterThanOrEqual(DEFAULTS.requestTimeoutMs - 100);
    expect(closedAfterMs!).toBeLessThan(DEFAULTS.requestTimeoutMs + 2000);
    expect(statuses).toEqual([408]);
  });
});
