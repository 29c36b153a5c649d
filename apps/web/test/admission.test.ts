// The production server's decisions before Next, without a server: tokens first, then targets and
// methods, then shedding; the health check and static files are never shed.
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { createLoadShedder, createRateLimiter } from "@dossier/http-guard";
import { createAdmission, type AdmissionDeps } from "../server/admission";

interface RequestOptions {
  method?: string;
  address?: string;
  headers?: Record<string, string>;
}

const request = (url: string, { method = "GET", address = "192.0.2.1", headers = {} }: RequestOptions = {}) => {
  const all = { host: "site.example", ...headers };
  return {
    url,
    method,
    httpVersion: "1.1",
    headers: all,
    rawHeaders: Object.entries(all).flat(),
    socket: { remoteAddress: address },
  } as unknown as IncomingMessage;
};

const deps = (more: Partial<AdmissionDeps> = {}): AdmissionDeps => ({
  trustProxyHops: 0,
  ownAuthorities: new Set(["site.example"]),
  apiLimiter: createRateLimiter(1, 10),
  pageLimiter: createRateLimiter(1, 3),
  shedder: null,
  ...more,
});

describe("admission", () => {
  it("charges a batch one token per call and refuses with 429 and Retry-After in tRPC's shape", () => {
    const admit = createAdmission(deps());
    const batch = `/api/trpc/${Array(6).fill("search.query").join(",")}?batch=1`;
    expect(admit(request(batch)).kind).toBe("next");
    const refused = admit(request(batch));
    expect(refused).toMatchObject({ kind: "refuse", apiPath: true, refusal: { status: 429, code: "TOO_MANY_REQUESTS" } });
    expect(refused.kind === "refuse" && refused.refusal.headers).toEqual(["retry-after", expect.stringMatching(/^\d+$/)]);
    // Pages are another bucket.
    expect(admit(request("/arms-for-food")).kind).toBe("next");
  });

  it("reads X-Forwarded-For only behind a trusted proxy", () => {
    const forged = (n: number) => request("/", { headers: { "x-forwarded-for": `198.51.100.${n}` } });
    const open = createAdmission(deps());
    expect([1, 2, 3, 4].map((n) => open(forged(n)).kind)).toEqual(["next", "next", "next", "refuse"]);
    const proxied = createAdmission(deps({ trustProxyHops: 1 }));
    expect([1, 2, 3, 4].map((n) => proxied(forged(n)).kind)).toEqual(["next", "next", "next", "next"]);
  });

  it("refuses the targets Next mishandles, and serves an absolute-form target naming this site as its path", () => {
    const admit = createAdmission(deps({ pageLimiter: null }));
    const status = (url: string, method?: string) => {
      const decision = admit(request(url, { method }));
      return decision.kind === "refuse" ? decision.refusal.status : decision;
    };
    expect(status("*")).toBe(400);
    expect(status("*", "OPTIONS")).toBe(400);
    expect(status("other.example:443")).toBe(400);
    expect(status("/%E0%A4%A")).toBe(400);
    expect(status("http://other.example/")).toBe(421);
    expect(status("http://site.example/a/?b=1")).toEqual({ kind: "next", url: "/a/?b=1", apiPath: false, counted: false });
    expect(status("/", "TRACE")).toBe(405);
    expect(status("/", "POST")).toBe(405);
    expect(status("/api/trpc/search.query", "POST")).toMatchObject({ kind: "next", apiPath: true });
    expect(status("/api/trpc/search.query", "DELETE")).toBe(405);
  });

  it("names the methods a path answers in Allow", () => {
    const admit = createAdmission(deps());
    const allow = (url: string) => {
      const decision = admit(request(url, { method: "TRACE" }));
      return decision.kind === "refuse" ? decision.refusal.headers : null;
    };
    expect(allow("/")).toEqual(["allow", "GET, HEAD"]);
    expect(allow("/api/trpc/x")).toEqual(["allow", "GET, HEAD, POST"]);
  });

  it("asks for exactly one Host header", () => {
    const admit = createAdmission(deps());
    const twice = { ...request("/"), rawHeaders: ["Host", "a", "host", "b"] } as unknown as IncomingMessage;
    expect(admit(twice)).toMatchObject({ kind: "refuse", refusal: { status: 400 } });
  });

  it("sheds pages and calls under pressure, never the health check or static files", () => {
    const shedder = createLoadShedder({ maxInFlight: 1, maxLagMs: 0 });
    const admit = createAdmission(deps({ shedder, apiLimiter: null, pageLimiter: null }));
    // Three times the bound in flight: only clients that asked for nothing lately get in.
    const held = [shedder.begin(), shedder.begin(), shedder.begin()];
    expect(admit(request("/a")).kind).toBe("next");
    admit(request("/a"));
    expect(admit(request("/b"))).toMatchObject({ kind: "refuse", refusal: { status: 503, headers: ["retry-after", "1"] } });
    expect(admit(request("/_next/static/chunks/x.js")).kind).toBe("next");
    expect(admit(request("/healthz")).kind).toBe("health");
    expect(admit(request("/c", { address: "192.0.2.99" })).kind).toBe("next");
    for (const done of held) done();
    shedder.stop();
  });
});
