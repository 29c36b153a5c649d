import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { appRouter, createCaller, createContextInner } from "../src/index";
import { PROCEDURE_CASES, fixtureLibrary, STORY_ID } from "../src/testing";

const caller = createCaller(createContextInner({ library: fixtureLibrary() }));
const storyId = STORY_ID;

async function refusal(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("NOT_FOUND says what is missing, in one sentence", () => {
  it.each([
    ["a story", () => caller.story.overview({ storyId: "no-such-story" }), 'There is no story with the id "no-such-story".'],
    [
      "a claim",
      () => caller.claims.detail({ storyId, claimId: "claim.nope" }),
      `The story "${storyId}" has no claim with the id "claim.nope".`,
    ],
    [
      "a quotation",
      () => caller.quotations.detail({ storyId, quotationId: "quote.nope" }),
      `The story "${storyId}" has no quotation with the id "quote.nope".`,
    ],
    [
      "an entity",
      () => caller.entities.detail({ storyId, entityId: "person.nobody" }),
      `The story "${storyId}" has no entity with the id "person.nobody".`,
    ],
    [
      "a claimant filter",
      () => caller.claims.list({ storyId, claimant: "person.nobody" }),
      `The story "${storyId}" has no entity with the id "person.nobody".`,
    ],
    [
      "an entity filter",
      () => caller.claims.list({ storyId, entity: "group.nobody" }),
      `The story "${storyId}" has no entity with the id "group.nobody".`,
    ],
  ])("for %s", async (_what, call, message) => {
    const error = await refusal(call());
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe(message);
  });
});

describe("inputs are bounded", () => {
  it.each([
    ["a limit over 100", { storyId, query: "council", limit: 101 }],
    ["a limit under 1", { storyId, query: "council", limit: 0 }],
    ["a query over 200 characters", { storyId, query: "x".repeat(201) }],
    ["a blank query", { storyId, query: "   " }],
    ["an unknown kind", { storyId, query: "council", kinds: ["planet"] }],
    ["an overlong story id", { storyId: "a".repeat(65), query: "council" }],
    ["a story id that is not a slug", { storyId: "../etc", query: "council" }],
  ])("refusing %s, in one sentence naming the field", async (_what, input) => {
    const error = await refusal(caller.search.query(input as never));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^Invalid (storyId|query|limit|kinds\[0\]): [^\n]+\.$/);
  });

  it("refusing an unknown claim status or export format", async () => {
    expect((await refusal(caller.claims.list({ storyId, status: "rumour" as never }))).code).toBe("BAD_REQUEST");
    expect((await refusal(caller.export.story({ storyId, format: "pdf" as never }))).code).toBe("BAD_REQUEST");
  });

  it("refusing a search of more than 12 words, however they are separated", async () => {
    for (const query of [Array(13).fill("council").join(" "), Array(13).fill("market").join(",")]) {
      const error = await refusal(caller.search.query({ storyId, query }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toBe("Invalid query: must have at most 12 words.");
    }
    expect(await caller.search.query({ storyId, query: Array(12).fill("council").join(" ") })).not.toHaveLength(0);
  });

  it("keeping search results within the limit asked", async () => {
    const all = await caller.search.query({ storyId, query: "council", limit: 100 });
    expect(all.length).toBeGreaterThan(2);
    const limited = await caller.search.query({ storyId, query: "council", limit: 2 });
    expect(limited).toHaveLength(2);
    expect(limited.map((hit) => hit.id)).toEqual(all.slice(0, 2).map((hit) => hit.id));
  });
});

describe("filters narrow the claims", () => {
  it("by status and by claimant", async () => {
    const all = await caller.claims.list({ storyId });
    const allegations = await caller.claims.list({ storyId, status: "allegation" });
    expect(allegations.length).toBeGreaterThan(0);
    expect(allegations.length).toBeLessThan(all.length);
    expect(allegations.every((claim) => claim.status === "allegation")).toBe(true);
    const byQuill = await caller.claims.list({ storyId, claimant: "person.mara-quill" });
    expect(byQuill.every((claim) => claim.claimant === "person.mara-quill")).toBe(true);
  });
});

describe("inputs are strict: a key the procedure does not read is refused, not ignored", () => {
  const call = (path: string, input: unknown): Promise<unknown> => {
    const [topic, name] = path.split(".") as [string, string];
    const procedures = (caller as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[topic];
    return procedures![name]!(input);
  };
  it.each(Object.keys(PROCEDURE_CASES))("%s", async (path) => {
    const good = PROCEDURE_CASES[path]![0];
    // The good input is answered, so the refusal below is the stray key's doing.
    await expect(call(path, good)).resolves.toBeDefined();
    const error = await refusal(call(path, { ...(good as object), junk: 1 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/junk/);
  });
  it("covers every procedure of the router", () => {
    expect(Object.keys(PROCEDURE_CASES).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
  });
});
