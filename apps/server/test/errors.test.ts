import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { DossierServer } from "../src/serve";
import { STORY_ID, expectTrpcError, brokenLibrary, SECRET } from "@dossier/api/testing";
import { queryTarget, startServer } from "./helpers/server";
import { logCapture } from "./helpers/logCapture";

const log = logCapture();
let server: DossierServer;
beforeAll(async () => {
  server = await startServer({ library: brokenLibrary(), logger: log.logger });
});
afterAll(() => server.close());
afterEach(() => vi.unstubAllEnvs());

// How tRPC formats errors is the contract's (packages/api tests it); what this server adds is the request id and the log.
describe("an internal error in production", () => {
  it("hides an unexpected error behind 'internal error' and the request id, and logs the detail", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const response = await fetch(server.url + queryTarget("story.overview", { storyId: STORY_ID }));
    const body = await response.text();
    expect(response.status).toBe(500);
    const id = response.headers.get("x-request-id");
    expect(expectTrpcError(body, "INTERNAL_SERVER_ERROR", 500).message).toBe(`internal error (request ${id})`);
    expect(body).not.toContain(SECRET);
    expect(body).not.toContain("stack");
    expect(log.lines.some((line) => line.id === id && line.err?.message === SECRET)).toBe(true);
  });
});

describe("a batch holding a server error", () => {
  it("is answered afresh for every request, each naming its own request id, and never from the cache", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const input = encodeURIComponent(JSON.stringify({ 0: { storyId: STORY_ID }, 1: { storyId: STORY_ID } }));
    const target = `${server.url}/trpc/claims.list,story.overview?batch=1&input=${input}`;
    const answers = [];
    for (let i = 0; i < 2; i += 1) {
      const response = await fetch(target);
      expect(response.status).toBe(207);
      const [ok, failed] = (await response.json()) as [{ result?: unknown }, { error: { message: string } }];
      expect(ok.result).toBeDefined();
      const id = response.headers.get("x-request-id");
      expect(failed.error.message).toBe(`internal error (request ${id})`);
      answers.push({ id, servedBy: await log.servedBy(id) });
    }
    expect(answers[0]!.id).not.toBe(answers[1]!.id);
    expect(answers.map((answer) => answer.servedBy)).toEqual(["miss", "miss"]);
  });
});
