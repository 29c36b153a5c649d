import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import pino from "pino";
import type { Library } from "../src/library.js";
import type { DossierServer } from "../src/server/serve.js";
import { fixtureLibrary, STORY_ID } from "./helpers/fixtures.js";
import { queryTarget, startServer } from "./helpers/server.js";
import { expectTrpcError } from "./helpers/envelope.js";

const SECRET = "disk /srv/dossier/stories unreadable";

/** The fixture library with one view that fails the way an unexpected bug would. */
function brokenLibrary(): Library {
  const base = fixtureLibrary();
  const entry = base.stories.get(STORY_ID)!;
  const derived = Object.create(entry.derived, {
    overview: {
      get() {
        throw new Error(SECRET);
      },
    },
  }) as typeof entry.derived;
  return { version: base.version, stories: new Map([[STORY_ID, { story: entry.story, derived }]]) };
}

const logLines: string[] = [];
let server: DossierServer;
beforeAll(async () => {
  server = await startServer({ library: brokenLibrary(), logger: pino({ level: "info" }, { write: (line: string) => logLines.push(line) }) });
});
afterAll(() => server.close());
afterEach(() => vi.unstubAllEnvs());

describe("BAD_REQUEST", () => {
  it("names the fields at fault with zod's flattened errors and every issue path, in one sentence", async () => {
    const input = { storyId: STORY_ID, query: "", kinds: ["claim", "nope"], limit: 1000 };
    const response = await fetch(server.url + queryTarget("search.query", input));
    expect(response.status).toBe(400);
    const error = expectTrpcError(await response.text(), "BAD_REQUEST", 400);
    expect(error.message).toMatch(/^Invalid (query|kinds\[1\]|limit): [^\n]+ \(and 2 more\)\.$/);
    const flat = error.data.zodError as { fieldErrors: Record<string, string[]> };
    expect(Object.keys(flat.fieldErrors).sort()).toEqual(["kinds", "limit", "query"]);
    const paths = (error.data.issues as { path: unknown[] }[]).map((issue) => issue.path);
    expect(paths).toContainEqual(["kinds", 1]);
    expect(paths).toContainEqual(["limit"]);
  });

  it("says so in plain words when the input is not JSON", async () => {
    const response = await fetch(`${server.url}/trpc/story.overview?input=%7Bnope`);
    expect(expectTrpcError(await response.text(), "BAD_REQUEST", 400).message).toBe("The input is not valid JSON.");
  });
});

describe("in production", () => {
  it("hides an unexpected error behind 'internal error' and the request id, and logs the detail", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const response = await fetch(server.url + queryTarget("story.overview", { storyId: STORY_ID }));
    const body = await response.text();
    expect(response.status).toBe(500);
    const id = response.headers.get("x-request-id");
    expect(expectTrpcError(body, "INTERNAL_SERVER_ERROR", 500).message).toBe(`internal error (request ${id})`);
    expect(body).not.toContain(SECRET);
    expect(body).not.toContain("stack");
    const logged = logLines.map((line) => JSON.parse(line) as { id?: string; err?: { message?: string } });
    expect(logged.some((line) => line.id === id && line.err?.message === SECRET)).toBe(true);
  });

  it("sends no stack with a refusal either, but keeps its reason", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const response = await fetch(server.url + queryTarget("claims.detail", { storyId: STORY_ID, claimId: "claim.nope" }));
    const error = expectTrpcError(await response.text(), "NOT_FOUND", 404);
    expect(error.data.stack).toBeUndefined();
    expect(error.message).toBe(`The story "${STORY_ID}" has no claim with the id "claim.nope".`);
  });

  it("treats a server started without NODE_ENV as public", async () => {
    vi.stubEnv("NODE_ENV", undefined);
    const response = await fetch(server.url + queryTarget("story.overview", { storyId: STORY_ID }));
    const body = await response.text();
    expect(expectTrpcError(body, "INTERNAL_SERVER_ERROR", 500).data.stack).toBeUndefined();
    expect(body).not.toContain(SECRET);
  });

  it("is what makes the difference: in development the detail and the stack are shown", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const response = await fetch(server.url + queryTarget("story.overview", { storyId: STORY_ID }));
    const error = expectTrpcError(await response.text(), "INTERNAL_SERVER_ERROR", 500);
    expect(error.message).toBe(SECRET);
    expect(error.data.stack).toContain("Error");
  });
});
