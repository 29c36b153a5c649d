import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTRPCClient, httpBatchLink, httpLink } from "@trpc/client";
import type { AppRouter } from "../src/index";
import type { DossierServer } from "../src/server/serve";
import { STORY_ID } from "./helpers/fixtures";
import { queryTarget, startServer } from "./helpers/server";
import { rawRequest } from "./helpers/rawHttp";
import { expectTrpcError } from "./helpers/envelope";

let server: DossierServer;
beforeAll(async () => {
  server = await startServer({ maxUrlLength: 1000, maxBodyBytes: 1000, requestTimeoutMs: 300, maxBatchSize: 3 });
});
afterAll(() => server.close());

const storyId = STORY_ID;

describe("limits against resource abuse", () => {
  it("answers a request target over the URL limit with 414", async () => {
    const response = await fetch(server.url + queryTarget("search.query", { storyId, query: "x".repeat(1200) }));
    expect(response.status).toBe(414);
    expectTrpcError(await response.text(), "BAD_REQUEST", 414);
  });

  it("answers headers beyond Node's limit with a typed 431", async () => {
    const response = await rawRequest(server.url, [`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"y".repeat(20_000)}\r\n\r\n`]);
    expect(response.status).toBe(431);
    expectTrpcError(response.body, "BAD_REQUEST", 431);
  });

  it("answers bytes that are not HTTP with a typed 400", async () => {
    const response = await rawRequest(server.url, ["NOT HTTP AT ALL\r\n\r\n"]);
    expect(response.status).toBe(400);
    expectTrpcError(response.body, "BAD_REQUEST", 400);
  });

  it("answers a declared body over the limit with 413 before reading it", async () => {
    const response = await rawRequest(server.url, [
      `POST /trpc/story.overview HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n`,
    ]);
    expect(response.status).toBe(413);
    expectTrpcError(response.body, "PAYLOAD_TOO_LARGE", 413);
  });

  it("answers a streamed body that grows over the limit with 413", async () => {
    const chunk = "x".repeat(600);
    const response = await rawRequest(server.url, [
      `POST /trpc/story.overview HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
      `${chunk.length.toString(16)}\r\n${chunk}\r\n`,
      `${chunk.length.toString(16)}\r\n${chunk}\r\n`,
    ]);
    expect(response.status).toBe(413);
    expectTrpcError(response.body, "PAYLOAD_TOO_LARGE", 413);
  });

  it("answers a body that does not arrive in time with 408", async () => {
    const response = await rawRequest(server.url, [
      `POST /trpc/story.overview HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"storyId":`,
    ]);
    expect(response.status).toBe(408);
    expectTrpcError(response.body, "TIMEOUT", 408);
  });

  it("answers headers that do not arrive in time with a typed 408", async () => {
    const response = await rawRequest(server.url, ["GET /healthz HTTP/1.1\r\nHost: x\r\n"]);
    expect(response.status).toBe(408);
    expectTrpcError(response.body, "TIMEOUT", 408);
  });

  it("refuses a batch larger than maxBatchSize, and a client with maxItems at the limit still gets everything", async () => {
    const paths = Array(4).fill("story.overview").join(",");
    const input = encodeURIComponent(JSON.stringify(Object.fromEntries([0, 1, 2, 3].map((i) => [i, { storyId }]))));
    const response = await fetch(`${server.url}/trpc/${paths}?batch=1&input=${input}`);
    expect(response.status).toBe(400);
    expect(expectTrpcError(await response.text(), "BAD_REQUEST", 400).message).toMatch(/batch/i);

    const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${server.url}/trpc`, maxItems: 3 })] });
    const results = await Promise.all([0, 1, 2, 3].map(() => client.story.overview.query({ storyId })));
    expect(results.map((r) => r.id)).toEqual([storyId, storyId, storyId, storyId]);
  });

  it("refuses methods that make no sense with 405 and says which are allowed", async () => {
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const response = await fetch(server.url + queryTarget("story.overview", { storyId }), { method });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
      expectTrpcError(await response.text(), "METHOD_NOT_SUPPORTED", 405);
    }
  });

  it("takes queries sent as POST (a client's methodOverride) within the body limit", async () => {
    const client = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server.url}/trpc`, methodOverride: "POST" })] });
    expect((await client.story.overview.query({ storyId })).id).toBe(storyId);
  });

  it("answers an unknown path with a typed 404", async () => {
    const response = await fetch(`${server.url}/admin`);
    expect(response.status).toBe(404);
    expectTrpcError(await response.text(), "NOT_FOUND", 404);
  });
});
