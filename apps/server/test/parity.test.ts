import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { appRouter, createCaller, createContextInner, type AppRouter } from "@dossier/api";
import type { DossierServer } from "../src/serve";
import { fixtureLibrary, PROCEDURE_CASES, unknownStoryInput } from "@dossier/api/testing";
import { queryTarget, startServer } from "./helpers/server";

type Call = (input: unknown) => Promise<unknown>;
const at = (root: unknown, path: string): unknown =>
  path.split(".").reduce((node, key) => (node as Record<string, unknown>)[key], root);

let server: DossierServer;
let client: ReturnType<typeof createTRPCClient<AppRouter>>;
const caller = createCaller(createContextInner({ library: fixtureLibrary() }));

beforeAll(async () => {
  server = await startServer();
  client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${server.url}/trpc`, maxItems: 10 })] });
});
afterAll(() => server.close());

const inProcess = (path: string, input: unknown) => (at(caller, path) as Call)(input);
const overClient = (path: string, input: unknown) => (at(client, `${path}.query`) as Call)(input);
async function overFetch(path: string, input: unknown) {
  const response = await fetch(server.url + queryTarget(path, input));
  return {
    status: response.status,
    json: (await response.json()) as { result?: { data: unknown }; error?: { data: { code: string } } },
  };
}
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe("one contract, three doors", () => {
  it("has a case for every procedure of the router", () => {
    expect(Object.keys(PROCEDURE_CASES).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
  });

  for (const [path, inputs] of Object.entries(PROCEDURE_CASES)) {
    it(`${path} answers the same in-process, through @trpc/client and through a plain GET`, async () => {
      // All at once, so the client batches them into as few requests as maxItems allows.
      const results = await Promise.all(
        inputs.map(
          async (input) =>
            [plain(await inProcess(path, input)), await overClient(path, input), await overFetch(path, input)] as const,
        ),
      );
      for (const [local, viaClient, viaFetch] of results) {
        expect(viaClient).toEqual(local);
        expect(viaFetch.status).toBe(200);
        expect(viaFetch.json.result?.data).toEqual(local);
      }
    });
  }

  const storyProcedures = Object.keys(PROCEDURE_CASES).filter((path) => path !== "stories.list");
  it.each(storyProcedures)("%s refuses an unknown story with NOT_FOUND through every door", async (path) => {
    await expect(inProcess(path, unknownStoryInput(path))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const viaClient = await overClient(path, unknownStoryInput(path)).catch((error: unknown) => error);
    expect(viaClient).toBeInstanceOf(TRPCClientError);
    expect((viaClient as TRPCClientError<AppRouter>).data?.code).toBe("NOT_FOUND");
    const viaFetch = await overFetch(path, unknownStoryInput(path));
    expect(viaFetch.status).toBe(404);
    expect(viaFetch.json.error?.data.code).toBe("NOT_FOUND");
  });
});
