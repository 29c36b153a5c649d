import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTRPCClient, httpBatchLink, httpLink } from "@trpc/client";
import type { AppRouter } from "@dossier/api";
import type { DossierServer } from "../src/serve";
import { STORY_ID, expectTrpcError } from "@dossier/api/testing";
import { queryTarget, startServer } from "./helpers/server";
import { halfSentPost, idleSocket, rawRequest } from "./helpers/rawHttp";

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

describe("requests built to break the parser", () => {
  let open: DossierServer;
  beforeAll(async () => {
    open = await startServer();
  });
  afterAll(() => open.close());

  it("answers an input nested 3,200 deep, within the URL limit, with a typed 400 rather than a 500", async () => {
    const deep = "[".repeat(3200) + "]".repeat(3200);
    for (const target of [
      `/trpc/story.overview?input=${deep}`,
      `/trpc/story.overview,story.source?batch=1&input={"0":${deep}}`,
    ]) {
      expect(target.length).toBeLessThan(8192);
      const response = await rawRequest(open.url, [`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`]);
      expect(response.status).toBe(400);
      expect(response.body).toContain('"BAD_REQUEST"');
    }
  });

  it("answers a target in absolute form with user info like any other, by GET and by POST", async () => {
    const input = encodeURIComponent(JSON.stringify({ storyId }));
    const get = await rawRequest(open.url, [
      `GET http://u:p@x/trpc/story.overview?input=${input} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    ]);
    expect(get.status).toBe(200);
    const body = JSON.stringify({ storyId });
    const post = await rawRequest(open.url, [
      `POST http://u@x/trpc/story.overview HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    ]);
    expect(post.status).toBe(200);
    expect(JSON.parse(post.body)).toMatchObject({ result: { data: { id: storyId } } });
  });
});

describe("a streamed batch whose body never ends", () => {
  it("gets its one answer, then the connection closes: no unrequested 408 after it", async () => {
    const input = encodeURIComponent(JSON.stringify({ 0: { storyId } }));
    const raw = await new Promise<string>((resolve) => {
      // The raw bytes: rawRequest would parse one response and hide a second one.
      const { hostname, port } = new URL(server.url);
      void import("node:net").then(({ connect }) => {
        const socket = connect(Number(port), hostname);
        let received = "";
        socket.setEncoding("latin1");
        socket.on("data", (data: string) => (received += data));
        socket.on("close", () => resolve(received));
        socket.write(
          `GET /trpc/story.overview?batch=1&input=${input} HTTP/1.1\r\nHost: x\r\ntrpc-accept: application/jsonl\r\nContent-Length: 100000\r\n\r\n{"never":`,
        );
      });
    });
    expect(raw).toMatch(/^HTTP\/1\.1 200 /);
    expect(raw.match(/HTTP\/1\.1 \d{3} /g)).toHaveLength(1);
  });
});

describe("connection caps", () => {
  it("closes a client's connection beyond its share at once, and still serves another client", async () => {
    const capped = await startServer({ maxConnections: 6, maxConnectionsPerClient: 3 });
    const sockets = [];
    try {
      for (let i = 0; i < 3; i += 1) sockets.push(await idleSocket(capped.url, "127.0.0.2"));
      const fourth = await idleSocket(capped.url, "127.0.0.2");
      sockets.push(fourth);
      expect(await fourth.closedWithin(2000)).toBe(true);
      expect(fourth.received()).toBe("");
      for (const kept of sockets.slice(0, 3)) expect(kept.socket.destroyed).toBe(false);
      expect((await fetch(`${capped.url}/healthz`)).status).toBe(200);
    } finally {
      for (const { socket } of sockets) socket.destroy();
      await capped.close();
    }
  });

  it("makes room for a newcomer at the cap by closing the oldest idle connection", async () => {
    const capped = await startServer({ maxConnections: 4, maxConnectionsPerClient: 2 });
    const sockets = [];
    try {
      for (const address of ["127.0.0.3", "127.0.0.3", "127.0.0.4", "127.0.0.4"])
        sockets.push(await idleSocket(capped.url, address));
      const response = await fetch(`${capped.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await sockets[0]!.closedWithin(2000)).toBe(true);
      for (const younger of sockets.slice(1)) expect(younger.socket.destroyed).toBe(false);
    } finally {
      for (const { socket } of sockets) socket.destroy();
      await capped.close();
    }
  });

  it("closes the newcomer instead when every connection is being answered, and finishes those answers", async () => {
    const capped = await startServer({ maxConnections: 2, maxConnectionsPerClient: 2, idleTimeoutMs: 100 });
    const body = JSON.stringify({ storyId });
    try {
      const posts = [
        halfSentPost(capped.url, "/trpc/story.overview", body),
        halfSentPost(capped.url, "/trpc/story.overview", body),
      ];
      await Promise.all(posts.map((post) => post.accepted));
      const newcomer = await idleSocket(capped.url, "127.0.0.5");
      expect(await newcomer.closedWithin(2000)).toBe(true);
      for (const post of posts) post.finish();
      for (const post of posts) expect((await post.response).status).toBe(200);
    } finally {
      await capped.close();
    }
  });
});
