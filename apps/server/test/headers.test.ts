import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierServer } from "../src/serve";
import { SECURITY_HEADERS } from "../src/replies";
import { STORY_ID, expectTrpcError } from "@dossier/api/testing";
import { queryTarget, startServer } from "./helpers/server";
import { rawRequest } from "./helpers/rawHttp";

const ALLOWED = "https://dossier.example";
let server: DossierServer;
beforeAll(async () => {
  server = await startServer({ corsOrigins: [ALLOWED], rateLimit: { perSecond: 1, burst: 40 }, maxUrlLength: 500 });
});
afterAll(() => server.close());

const overview = queryTarget("story.overview", { storyId: STORY_ID });
const expected = Object.fromEntries(SECURITY_HEADERS.flatMap((v, i) => (i % 2 === 0 ? [[v, SECURITY_HEADERS[i + 1]]] : [])));

function expectSecurityHeaders(headers: Headers | Record<string, string>) {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]);
  for (const [name, value] of Object.entries(expected)) expect(get(name), name).toBe(value);
}

describe("security headers", () => {
  const requests: [string, () => Promise<Response>][] = [
    ["a 304", async () => fetch(server.url + overview, { headers: { "if-none-match": "*" } })],
    ["a BAD_REQUEST", () => fetch(server.url + queryTarget("story.overview", { storyId: 1 }))],
    ["a NOT_FOUND", () => fetch(server.url + queryTarget("story.overview", { storyId: "nope" }))],
    ["an unknown path", () => fetch(`${server.url}/nope`)],
    ["a 405", () => fetch(server.url + overview, { method: "DELETE" })],
    ["a 414", () => fetch(`${server.url}/trpc/x?input=${"x".repeat(600)}`)],
    ["/healthz", () => fetch(`${server.url}/healthz`)],
    ["a preflight", () => fetch(server.url + overview, { method: "OPTIONS", headers: { origin: ALLOWED } })],
    [
      "a POST handed to tRPC",
      () =>
        fetch(`${server.url}/trpc/story.overview`, {
          method: "POST",
          body: JSON.stringify({ storyId: STORY_ID }),
          headers: { "content-type": "application/json" },
        }),
    ],
    [
      "a streamed batch handed to tRPC",
      () =>
        fetch(
          `${server.url}/trpc/story.overview?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { storyId: STORY_ID } }))}`,
          { headers: { "trpc-accept": "application/jsonl" } },
        ),
    ],
  ];
  it.each(requests)("come with %s", async (_name, send) => {
    const response = await send();
    expectSecurityHeaders(response.headers);
    expect(response.headers.get("x-request-id")).toMatch(/\S/);
    await response.arrayBuffer();
  });

  it("come with a cache miss and with the hit that follows it", async () => {
    // A procedure no other test of this file asks for, so the first answer is a miss.
    const timeline = server.url + queryTarget("story.timeline", { storyId: STORY_ID });
    const miss = await fetch(timeline);
    const hit = await fetch(timeline);
    for (const response of [miss, hit]) {
      expect(response.status).toBe(200);
      expectSecurityHeaders(response.headers);
      expect(response.headers.get("x-request-id")).toMatch(/\S/);
    }
    expect(await hit.text()).toBe(await miss.text());
  });

  it("come with a 429", async () => {
    const limited = await startServer({ rateLimit: { perSecond: 0.01, burst: 1 } });
    try {
      await fetch(limited.url + overview);
      const response = await fetch(limited.url + overview);
      expect(response.status).toBe(429);
      expectSecurityHeaders(response.headers);
    } finally {
      await limited.close();
    }
  });

  it.each([
    ["no Host", "GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n", 400, "BAD_REQUEST"],
    ["two Host headers", "GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n", 400, "BAD_REQUEST"],
    ["Expect: foo", "GET /healthz HTTP/1.1\r\nHost: x\r\nExpect: foo\r\nConnection: close\r\n\r\n", 417, "BAD_REQUEST"],
  ])("come with a typed refusal of a request with %s, which Node would answer bare", async (_name, raw, status, code) => {
    const response = await rawRequest(server.url, [raw]);
    expect(response.status).toBe(status);
    expectSecurityHeaders(response.headers);
    expect(expectTrpcError(response.body, code, status).message).toMatch(/Host|expectation/);
  });

  it("come with an answer to a request Node could not parse", async () => {
    const response = await rawRequest(server.url, ["BROKEN\r\n\r\n"]);
    expect(response.status).toBe(400);
    expectSecurityHeaders(response.headers);
  });
});

describe("CORS from an allow-list", () => {
  it("lets an allowed origin read the answer", async () => {
    const response = await fetch(server.url + overview, { headers: { origin: ALLOWED } });
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(response.headers.get("vary")).toContain("origin");
  });

  it("grants nothing to any other origin", async () => {
    const response = await fetch(server.url + overview, { headers: { origin: "https://evil.example" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers an allowed preflight with the methods and headers, and a refused one without", async () => {
    const ok = await fetch(server.url + overview, {
      method: "OPTIONS",
      headers: { origin: ALLOWED, "access-control-request-method": "GET" },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(ok.headers.get("access-control-allow-methods")).toContain("GET");
    const refused = await fetch(server.url + overview, { method: "OPTIONS", headers: { origin: "https://evil.example" } });
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect(refused.headers.get("access-control-allow-methods")).toBeNull();
  });
});

describe("the request id", () => {
  it("is the server's own when a client sends X-Request-Id directly: a client cannot forge log correlation", async () => {
    const response = await fetch(`${server.url}/healthz`, { headers: { "x-request-id": "forged-1" } });
    expect(response.headers.get("x-request-id")).not.toBe("forged-1");
    expect(response.headers.get("x-request-id")).toMatch(/\S/);
  });

  it("is the trusted proxy's, behind one", async () => {
    const proxied = await startServer({ trustProxyHops: 1 });
    try {
      const response = await fetch(`${proxied.url}/healthz`, { headers: { "x-request-id": "lb-42" } });
      expect(response.headers.get("x-request-id")).toBe("lb-42");
    } finally {
      await proxied.close();
    }
  });
});
