import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { TRPCError } from "@trpc/server";
import { createCaller, createContextInner } from "../src/index";
import { STORY_ID, expectTrpcError, brokenLibrary, INTERNAL_FIELD, SECRET } from "../src/testing";
import { queryTarget, startStockServer } from "./helpers/stockServer";

// Over HTTP through tRPC's own adapter: the error formatter is the contract's, whatever server runs it.
const failures: TRPCError[] = [];
let server: Awaited<ReturnType<typeof startStockServer>>;
beforeAll(async () => {
  server = await startStockServer(brokenLibrary(), (error) => failures.push(error));
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
  it("hides an unexpected error behind 'internal error' and the request id, and leaves the detail to the server", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const response = await fetch(server.url + queryTarget("story.overview", { storyId: STORY_ID }));
    const body = await response.text();
    expect(response.status).toBe(500);
    expect(expectTrpcError(body, "INTERNAL_SERVER_ERROR", 500).message).toMatch(/^internal error \(request stock-\d+\)$/);
    expect(body).not.toContain(SECRET);
    expect(body).not.toContain("stack");
    expect(failures.some((error) => (error.cause ?? error).message === SECRET)).toBe(true);
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

describe("a ZodError from inside a procedure", () => {
  it("is masked like any internal error in production: no zod message, path or issues reach the client", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const response = await fetch(server.url + queryTarget("story.timeline", { storyId: STORY_ID }));
    const body = await response.text();
    const error = expectTrpcError(body, "INTERNAL_SERVER_ERROR", 500);
    expect(error.message).toMatch(/^internal error \(request stock-\d+\)$/);
    expect(error.data.zodError).toBeNull();
    expect(error.data.issues).toBeNull();
    expect(body).not.toContain(INTERNAL_FIELD);
    expect(body).not.toMatch(/expected string/i);
  });

  it("is not described as a rejected input in-process either", async () => {
    const caller = createCaller(createContextInner({ library: brokenLibrary() }));
    const error = await caller.story.timeline({ storyId: STORY_ID }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("INTERNAL_SERVER_ERROR");
    expect((error as TRPCError).message).not.toMatch(/^Invalid /);
  });
});
