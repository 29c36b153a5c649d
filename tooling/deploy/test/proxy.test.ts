// deploy/nginx.conf.template as deployed: nginx on a loopback port in front of two API replicas
// (the bundle, DOSSIER_TRUST_PROXY=1) and the production web app. Every client here is a
// 127.0.0.x address of its own, so each test's limits start fresh.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, jsonLines, keepAlive, rawSocket, readUntil, untilClosed, type Answer } from "./http";
import { startTopology, type Topology } from "./topology";

// The API's bucket is small enough to empty in a test: 60 calls per replica, one more a second.
const API_BURST = 60;
const API_ENV = { DOSSIER_RATE_LIMIT_RPS: "1", DOSSIER_RATE_LIMIT_BURST: String(API_BURST) };
// The proxy's numbers, shortened so the test need not wait 10 s or open 50 connections.
const ADJUSTMENTS: [string, string][] = [
  ["client_header_timeout 10s;", "client_header_timeout 1s;"],
  ["client_body_timeout 10s;", "client_body_timeout 2s;"],
  ["limit_conn per_address_conn 50;", "limit_conn per_address_conn 4;"],
  ["rate=100r/s;", "rate=10r/s;"],
];
const LIST = "/trpc/stories.list";
const OVERVIEW = `/trpc/story.overview?input=${encodeURIComponent(JSON.stringify({ storyId: "arms-for-food" }))}`;

/** `count` requests over `workers` concurrent loops; `send(i, worker)` makes request i. */
async function load(count: number, workers: number, send: (i: number, worker: number) => Promise<Answer>): Promise<Answer[]> {
  const answers: Answer[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (next < count) answers.push(await send(next++, worker));
    }),
  );
  return answers;
}

const statuses = (answers: Answer[]) =>
  answers.reduce<Record<number, number>>((c, a) => ({ ...c, [a.status]: (c[a.status] ?? 0) + 1 }), {});

let topology: Topology;
beforeAll(async () => {
  topology = await startTopology({ apiEnv: API_ENV, adjustments: ADJUSTMENTS });
});
afterAll(async () => {
  await topology?.stop();
});

describe("nginx in front of two API replicas and the web app", () => {
  it("balances API requests over both replicas, and each replica logs the proxy's request id", async () => {
    const agent = keepAlive();
    const answers = await load(10, 1, () => get(`${topology.url}${LIST}`, { from: "127.0.0.10", agent }));
    expect(answers.map((a) => a.status)).toEqual(Array<number>(10).fill(200));
    const ids = answers.map((a) => a.headers["x-request-id"] as string);
    // nginx's $request_id (32 hex digits), kept by the API because the proxy is trusted.
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);

    const served = await Promise.all(
      topology.replicas.map(async (replica) => {
        const all = () => readUntil(replica.log, (text) => ids.filter((id) => text.includes(id)).length >= 3);
        const lines = jsonLines(await all());
        return ids.filter((id) => lines.some((line) => line.id === id && line.url === LIST && line.status === 200));
      }),
    );
    expect(served[0]!.length).toBeGreaterThan(0);
    expect(served[1]!.length).toBeGreaterThan(0);
    expect([...served[0]!, ...served[1]!].sort()).toEqual([...ids].sort());
  });

  it("passes the API's ETag and Cache-Control on, so a CDN can keep and revalidate answers", async () => {
    const agent = keepAlive();
    const plain = [await get(`${topology.url}${OVERVIEW}`, { from: "127.0.0.11", agent })];
    plain.push(await get(`${topology.url}${OVERVIEW}`, { from: "127.0.0.11", agent }));
    // Round robin: one from each replica, and the same strong ETag from both.
    for (const a of plain) expect([a.status, a.headers["cache-control"]]).toEqual([200, "public, max-age=300"]);
    expect(plain[0]!.headers.etag).toMatch(/^"[^"]+"$/);
    expect(plain[1]!.headers.etag).toBe(plain[0]!.headers.etag);

    // Compressed by the proxy, the ETag turns weak; revalidating with it still gets 304.
    const zipped = await get(`${topology.url}${OVERVIEW}`, { from: "127.0.0.11", agent, headers: { "accept-encoding": "gzip" } });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.etag).toBe(`W/${plain[0]!.headers.etag}`);
    const again = await get(`${topology.url}${OVERVIEW}`, {
      from: "127.0.0.11",
      agent,
      headers: { "if-none-match": zipped.headers.etag! },
    });
    expect(again.status).toBe(304);
  });

  it("lets the API's rate limit see the real client: a flood gets 429s, a neighbour does not, a forged X-Forwarded-For gets no new bucket", async () => {
    const agents = [keepAlive(), keepAlive()];
    const flood = await load(150, 2, (_, w) => get(`${topology.url}${LIST}`, { from: "127.0.0.2", agent: agents[w] }));
    const refused = flood.filter((a) => a.status !== 200);
    // Two replicas, a bucket each: about 2 x 60 pass, the rest are the API's own 429 (not nginx's page).
    expect(refused.length).toBeGreaterThan(0);
    expect(flood.length - refused.length).toBeLessThanOrEqual(2 * API_BURST + 10);
    for (const a of refused) {
      expect(a.status).toBe(429);
      expect(a.body).toContain("TOO_MANY_REQUESTS");
      expect(a.headers["retry-after"]).toBeDefined();
    }

    const neighbour = await load(5, 1, () => get(`${topology.url}${LIST}`, { from: "127.0.0.3" }));
    expect(neighbour.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);

    // A client that names someone else: nginx replaces the header, so the bucket is still its own.
    // Fresh buckets would answer all ten; at most a refilled token or two may pass.
    const forged = await load(10, 1, (i) =>
      get(`${topology.url}${LIST}`, { from: "127.0.0.2", headers: { "x-forwarded-for": `203.0.113.${i + 1}` } }),
    );
    expect(forged.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(8);

    // The replicas name the client they refused: the flooding address, never the proxy or the forged one.
    const logs = await Promise.all(
      topology.replicas.map((r) => readUntil(r.log, (text) => text.includes('"client":"127.0.0.2"'))),
    );
    const refusedClients = logs.flatMap((text) =>
      jsonLines(text)
        .filter((l) => l.msg === "refusing a client")
        .map((l) => l.client),
    );
    expect(refusedClients).toContain("127.0.0.2");
    expect(refusedClients).not.toContain("127.0.0.1");
    expect(logs.join("")).not.toContain("203.0.113.");
  });

  it("refuses a flood at the proxy itself (limit_req per address, with a burst) before it reaches a replica", async () => {
    // /healthz is exempt from the API's bucket, so only nginx's limit can refuse it.
    const agent = keepAlive();
    const answers = await load(400, 1, () => get(`${topology.url}/healthz`, { from: "127.0.0.4", agent }));
    const counts = statuses(answers);
    expect(Object.keys(counts).sort()).toEqual(["200", "429"]);
    // The burst of 200 passes at once, then 10 a second.
    expect(counts[200]).toBeGreaterThanOrEqual(200);
    expect(counts[429]).toBeGreaterThan(0);
    expect(answers.find((a) => a.status === 429)!.body).toContain("nginx");
    expect((await get(`${topology.url}/healthz`, { from: "127.0.0.14" })).status).toBe(200);
  });

  it("caps the requests one address holds open (limit_conn) and cuts bodies that stall (client_body_timeout)", async () => {
    const { port } = new URL(topology.url);
    const slow = await Promise.all([1, 2, 3, 4].map(() => rawSocket(Number(port), "127.0.0.5")));
    const closed = slow.map((socket) => untilClosed(socket, 15_000));
    for (const socket of slow) {
      socket.write(`POST ${LIST} HTTP/1.1\r\nHost: dossier\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`);
    }
    // Polled, not slept: once nginx has read the four requests' headers, a fifth from that address is refused.
    let fifth: Answer | undefined;
    for (let tries = 0; tries < 40 && fifth?.status !== 429; tries++)
      fifth = await get(`${topology.url}/healthz`, { from: "127.0.0.5" });
    expect(fifth?.status).toBe(429);
    expect((await get(`${topology.url}/healthz`, { from: "127.0.0.6" })).status).toBe(200);

    // The stalled bodies are cut after the body timeout, and the address is answered again.
    for (const result of await Promise.all(closed)) expect(result.received).not.toContain(" 200 ");
    expect((await get(`${topology.url}/healthz`, { from: "127.0.0.5" })).status).toBe(200);
  });

  it("closes connections whose headers stall (client_header_timeout), however many one address opens", async () => {
    const { port } = new URL(topology.url);
    // Six, more than limit_conn's four: nginx counts a request only once its headers are read.
    const slow = await Promise.all([1, 2, 3, 4, 5, 6].map(() => rawSocket(Number(port), "127.0.0.7")));
    const closed = slow.map((socket) => untilClosed(socket, 10_000));
    for (const socket of slow) socket.write("GET /healthz HTTP/1.1\r\nHost: dossier\r\n");
    // Meanwhile the same address is answered: the stalled connections hold no request slot.
    expect((await get(`${topology.url}/healthz`, { from: "127.0.0.7" })).status).toBe(200);
    for (const result of await Promise.all(closed)) {
      expect(result.received).toBe("");
      expect(result.ms).toBeGreaterThanOrEqual(900);
    }
  });

  it("serves the prerendered pages through the proxy, with their assets marked immutable", async () => {
    const agent = keepAlive();
    const list = JSON.parse((await get(`${topology.url}${LIST}`, { from: "127.0.0.8", agent })).body) as {
      result: { data: { title: string }[] };
    };
    const title = list.result.data[0]!.title.split(" ").slice(0, 5).join(" ");
    for (const path of ["/", "/arms-for-food/claims", "/methodology"]) {
      const page = await get(`${topology.url}${path}`, { from: "127.0.0.8", agent });
      expect(page.status, path).toBe(200);
      expect(page.headers["content-type"]).toContain("text/html");
      // Next's own header for a prerendered page: a CDN may keep it until the next deploy.
      expect(page.headers["cache-control"]).toMatch(/s-maxage=\d+/);
      if (path === "/") expect(page.body).toContain(title);
    }
    const home = await get(`${topology.url}/`, { from: "127.0.0.8", agent });
    const asset = /\/_next\/static\/[^"]+\.(?:js|css)/.exec(home.body)?.[0];
    expect(asset).toBeDefined();
    const file = await get(`${topology.url}${asset}`, { from: "127.0.0.8", agent });
    expect([file.status, file.headers["cache-control"]]).toEqual([200, "public, max-age=31536000, immutable"]);
    const missing = await get(`${topology.url}/_next/static/chunks/not-built-here.js`, { from: "127.0.0.8", agent });
    expect([missing.status, missing.headers["cache-control"]]).toEqual([404, "no-store"]);
  });

  // Last: it leaves one replica.
  it("loses no request when a replica is killed mid-load: nginx retries it on the other", async () => {
    const agents = Array.from({ length: 8 }, () => keepAlive());
    const victim = topology.replicas[1]!;
    let done = 0;
    const started = Date.now();
    const answers = await load(400, 8, async (i, w) => {
      if (i === 150) victim.process.child.kill("SIGKILL");
      // Eight clients, 50 requests each: within the API's burst even when one replica serves them all.
      const answer = await get(`${topology.url}${i % 2 ? LIST : OVERVIEW}`, { from: `127.0.2.${w + 1}`, agent: agents[w] });
      done += 1;
      return answer;
    });
    expect(done).toBe(400);
    expect(victim.process.child.signalCode).toBe("SIGKILL");
    expect(statuses(answers)).toEqual({ 200: 400 });
    expect(Date.now() - started).toBeLessThan(30_000);

    // The access log shows the retries: a request that tried the dead replica, then the live one.
    const dead = `127.0.0.1:${victim.port}`;
    const live = `127.0.0.1:${topology.replicas[0]!.port}`;
    const retried = (text: string) => text.split("\n").filter((l) => l.includes(`upstream=${dead}, ${live}`));
    const access = await readUntil(topology.accessLog, (text) => retried(text).length > 0);
    expect(retried(access).length).toBeGreaterThan(0);
    expect(retried(access)[0]).toMatch(/" 200 /);
  });
});
