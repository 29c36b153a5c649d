// createDossierClient against real loopback servers: the real router, and servers that accept a
// request and then never finish it. Every wait is for an event (the rejection, the hang-up); the
// ceilings only catch a client that never gives up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCClientError } from "@trpc/client";
import { createDossierClient, DEFAULT_MAX_RESPONSE_BYTES, DossierClientError } from "../src/client";
import { createCaller, createContextInner, sharedLibrary } from "../src/index";
import { startStockServer } from "./helpers/stockServer";
import { boastingServer, drippingServer, endlessServer, silentServer, type HostileServer } from "./helpers/hostileServers";

const TIMEOUT_MS = 1000;
/** Well past a late timer on a busy machine; there only to catch a client that never gives up. */
const MARGIN_MS = 2000;

/** Runs the story list query and answers why and when it failed. */
async function failure(run: () => Promise<unknown>) {
  const started = performance.now();
  const error = await run().then(
    () => {
      throw new Error("the query answered");
    },
    (error: unknown) => error,
  );
  const elapsedMs = performance.now() - started;
  expect(error).toBeInstanceOf(TRPCClientError);
  return { error: error as TRPCClientError<never>, cause: (error as Error).cause, elapsedMs };
}

describe("a Dossier server", () => {
  let server: Awaited<ReturnType<typeof startStockServer>>;
  beforeAll(async () => (server = await startStockServer(sharedLibrary())));
  afterAll(() => server.close());

  it("answers through the bounded fetch, the largest answer of the shipped stories well within the cap", async () => {
    const client = createDossierClient(`${server.url}/trpc`);
    const api = createCaller(createContextInner());
    const [first] = await client.stories.list.query();
    const storyId = first!.id;
    const [exported, source] = await Promise.all([
      client.export.story.query({ storyId, format: "json" }),
      client.story.source.query({ storyId }),
    ]);
    expect(exported).toEqual(await api.export.story({ storyId, format: "json" }));
    expect(source).toEqual(await api.story.source({ storyId }));
    expect(JSON.stringify(exported).length * 10).toBeLessThan(DEFAULT_MAX_RESPONSE_BYTES);
  });
});

describe("a server that never finishes its answer", () => {
  const servers: HostileServer[] = [];
  afterAll(() => Promise.all(servers.map((server) => server.close())));
  const start = async (make: () => Promise<HostileServer>) => {
    const server = await make();
    servers.push(server);
    return server;
  };

  it("says nothing: the client gives up at its deadline, in one sentence naming the server", async () => {
    const server = await start(silentServer);
    const { error, cause, elapsedMs } = await failure(() =>
      createDossierClient(server.url, { timeoutMs: TIMEOUT_MS }).stories.list.query(),
    );
    expect(cause).toBeInstanceOf(DossierClientError);
    expect((cause as DossierClientError).reason).toBe("timeout");
    expect(error.message).toBe(`The server at ${server.url} did not answer in time: the client gave up after 1000 ms.`);
    expect(elapsedMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(elapsedMs).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    await server.hungUp();
  });

  it("drips a byte every 100 ms: the deadline covers the body, so the drip is cut at it", async () => {
    const server = await start(() => drippingServer(100));
    const { cause, elapsedMs } = await failure(() =>
      createDossierClient(server.url, { timeoutMs: TIMEOUT_MS }).stories.list.query(),
    );
    expect((cause as DossierClientError).reason).toBe("timeout");
    expect(elapsedMs).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    await server.hungUp();
    // The headers had come and the body was being read when the deadline fell.
    expect(server.sent()).toBeGreaterThan(2);
  });

  it("sends a body without end: reading stops the moment the cap is passed, long before the deadline", async () => {
    const server = await start(endlessServer);
    const cap = 1024 * 1024;
    const { error, cause, elapsedMs } = await failure(() =>
      createDossierClient(server.url, { timeoutMs: 60_000, maxResponseBytes: cap }).stories.list.query(),
    );
    expect((cause as DossierClientError).reason).toBe("tooLarge");
    expect(error.message).toBe(
      `The server at ${server.url} sent more than 1048576 bytes; no Dossier answer is that large, so the client stopped reading.`,
    );
    expect(elapsedMs).toBeLessThan(60_000);
    await server.hungUp();
  });

  it("sends a body without end to a client with no deadline and the default cap: the cap alone ends it", async () => {
    const server = await start(endlessServer);
    const { cause } = await failure(() => createDossierClient(server.url, { timeoutMs: 0 }).stories.list.query());
    expect((cause as DossierClientError).reason).toBe("tooLarge");
    expect((cause as DossierClientError).limit).toBe(DEFAULT_MAX_RESPONSE_BYTES);
    await server.hungUp();
  });

  it("declares a body past the cap: refused on the headers, without waiting for the bytes", async () => {
    const server = await start(() => boastingServer(1024 ** 3));
    const { cause, elapsedMs } = await failure(() => createDossierClient(server.url, { timeoutMs: 60_000 }).stories.list.query());
    expect((cause as DossierClientError).reason).toBe("tooLarge");
    expect(elapsedMs).toBeLessThan(60_000);
    await server.hungUp();
  });

  it("is cancelled by the caller's own signal: an abort, not a timeout", async () => {
    const server = await start(silentServer);
    const caller = new AbortController();
    void server.arrived().then(() => caller.abort());
    const { cause, elapsedMs } = await failure(() =>
      createDossierClient(server.url, { timeoutMs: 60_000 }).stories.list.query(undefined, { signal: caller.signal }),
    );
    expect(cause).not.toBeInstanceOf(DossierClientError);
    expect((cause as Error).name).toBe("AbortError");
    expect(elapsedMs).toBeLessThan(60_000);
    await server.hungUp();
  });
});
