// One address gets at most its burst and refill, then 429 with Retry-After, in tRPC's envelope
// under /api/trpc; a batch costs one token per call; pages have a limit of their own; a forged
// X-Forwarded-For is no way out. Requests pipelined on one connection all reach the server at
// once, so past the load shedder's bound some answers are 503 rather than 429: both are refusals.
// Each test asks from its own loopback address, so none spends another's tokens.
// On `next start` every one of these requests answers 200.
import { describe, expect, inject, it } from "vitest";
import { DEFAULTS } from "../../server/config";
import { get, rawExchange, targetOf, trpcTarget, type RawResponse } from "./rawHttp";

const to = targetOf(inject("baseUrl"));
const storyId = "arms-for-food";
const API = DEFAULTS.apiRate;
const PAGES = DEFAULTS.pageRate;

/** `count` GETs of `target` written at once on one connection; the last one closes it. */
async function pipelined(target: (i: number) => string, count: number, localAddress: string, extra = () => "") {
  const requests = Array.from(
    { length: count },
    (_, i) => `GET ${target(i)} HTTP/1.1\r\nHost: x\r\n${extra()}${i === count - 1 ? "Connection: close\r\n" : ""}\r\n`,
  );
  const started = performance.now();
  const { responses } = await rawExchange(to, requests.join(""), { localAddress, deadlineMs: 60_000 });
  const seconds = (performance.now() - started) / 1000;
  const count200 = responses.filter((r) => r.status === 200).length;
  const limited = responses.filter((r) => r.status === 429);
  const other = responses.filter((r) => r.status !== 200 && r.status !== 429 && r.status !== 503).map((r) => r.status);
  return { responses, seconds, ok: count200, limited, other };
}

/** A 429 says when to come back, in tRPC's envelope under /api/trpc. */
function expectTrpcRefusal(refusal: RawResponse | undefined) {
  expect(refusal?.headers["retry-after"]).toMatch(/^\d+$/);
  expect(JSON.parse(refusal!.body)).toMatchObject({ error: { data: { code: "TOO_MANY_REQUESTS", httpStatus: 429 } } });
}

describe("the rate limit per address", () => {
  it("300 pipelined calls: no more than the burst and its refill pass, the rest are refused", async () => {
    const { responses, seconds, ok, limited, other } = await pipelined(
      () => trpcTarget("story.overview", [{ storyId }]),
      300,
      "127.0.0.11",
    );
    console.log(
      `pipelined calls: ${ok} answered 200, ${limited.length} 429, ${300 - ok - limited.length} 503 in ${seconds.toFixed(2)} s`,
    );
    expect(responses).toHaveLength(300);
    expect(other).toEqual([]);
    expect(ok).toBeLessThanOrEqual(API.burst + Math.ceil(API.perSecond * seconds) + 1);
    expect(limited.length).toBeGreaterThan(0);
    expectTrpcRefusal(limited[0]);
  });

  it("300 batches of 10 distinct searches: each call costs a token", async () => {
    const batch = (i: number) =>
      trpcTarget(
        "search.query",
        Array.from({ length: 10 }, (_, j) => ({ storyId, query: `food ${i} ${j}` })),
      );
    const { responses, seconds, ok, limited, other } = await pipelined(batch, 300, "127.0.0.12");
    console.log(
      `pipelined batches: ${ok} answered 200, ${limited.length} 429, ${300 - ok - limited.length} 503 in ${seconds.toFixed(2)} s`,
    );
    expect(responses).toHaveLength(300);
    expect(other).toEqual([]);
    expect(ok).toBeLessThanOrEqual((API.burst + API.perSecond * seconds) / 10 + 1);
    expect(limited.length).toBeGreaterThan(0);
    expectTrpcRefusal(limited[0]);
  });

  it("pages have their own, more generous limit", async () => {
    const { responses, seconds, ok, limited, other } = await pipelined((i) => `/${storyId}?n=${i}`, 800, "127.0.0.13");
    expect(responses).toHaveLength(800);
    expect(other).toEqual([]);
    expect(ok).toBeLessThanOrEqual(PAGES.burst + Math.ceil(PAGES.perSecond * seconds) + 1);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]!.headers["retry-after"]).toMatch(/^\d+$/);
    expect(limited[0]!.headers["content-type"]).toMatch(/^text\/plain/);
    // The API's tokens are another bucket: still there.
    expect((await get(to, trpcTarget("story.overview", [{ storyId }]), { localAddress: "127.0.0.13" })).status).toBe(200);
  });

  it("a forged X-Forwarded-For does not buy a fresh bucket (no proxy is trusted by default)", async () => {
    let n = 0;
    const forged = () => `X-Forwarded-For: 198.51.100.${(n += 1) % 250}\r\n`;
    const { ok, seconds } = await pipelined(() => trpcTarget("story.overview", [{ storyId }]), 300, "127.0.0.14", forged);
    expect(ok).toBeLessThanOrEqual(API.burst + Math.ceil(API.perSecond * seconds) + 1);
  });
});
