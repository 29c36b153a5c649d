// `@dossier/api/testing`: what the contract's tests and the server's tests share — the synthetic
// story served in every test, an input for every procedure, and libraries that fail on purpose.
// For tests only: it reads the fixture story from disk.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { EXPORT_FORMATS } from "@dossier/domain";
import { loadCatalog } from "@dossier/domain/catalog";
import { expect } from "vitest";
import { z } from "zod";
import { openLibrary, type Library } from "./library";

/**
 * The domain's synthetic test stories, found through the installed @dossier/domain package
 * rather than a path between sibling folders. Tests and the bench serve them.
 */
export const FIXTURE_ROOT = join(
  dirname(createRequire(import.meta.url).resolve("@dossier/domain/package.json")),
  "test",
  "fixtures",
);

/** The domain's synthetic story, served in every test: small, stable and independent of the real story. */
export const STORY_ID = "harbour-market";

let library: Library | undefined;

export function fixtureLibrary(): Library {
  library ??= openLibrary(loadCatalog(FIXTURE_ROOT));
  return library;
}
const storyId = STORY_ID;

/** Inputs for every procedure of the router over the fixture story: successes first, then refusals. */
export const PROCEDURE_CASES: Record<string, unknown[]> = {
  "stories.list": [undefined],
  "story.overview": [{ storyId }],
  "story.source": [{ storyId }],
  "story.timeline": [{ storyId }],
  "story.network": [{ storyId }],
  "claims.list": [
    { storyId },
    { storyId, status: "allegation" },
    { storyId, role: "reaction", entity: "body.harbour-council" },
    { storyId, claimant: "person.mara-quill" },
  ],
  "claims.byStatus": [{ storyId }],
  "claims.detail": ["claim.vote", "claim.unsafe", "claim.not-consulted", "claim.council-denies"].map((claimId) => ({
    storyId,
    claimId,
  })),
  "quotations.list": [{ storyId }],
  "quotations.detail": [{ storyId, quotationId: "quote.safety" }],
  "entities.list": [{ storyId }],
  "entities.detail": ["body.harbour-council", "person.mara-quill", "group.traders"].map((entityId) => ({ storyId, entityId })),
  "search.query": [
    { storyId, query: "council" },
    { storyId, query: "market traders", kinds: ["claim", "quotation"], limit: 2 },
  ],
  "export.story": EXPORT_FORMATS.map((format) => ({ storyId, format })),
};

/** A procedure's first good input, for a story that does not exist: it must answer NOT_FOUND. */
export function unknownStoryInput(path: string): unknown {
  return { ...(PROCEDURE_CASES[path]?.[0] as object), storyId: "no-such-story" };
}

/** What the broken views say: it must never reach a client outside development. */
export const SECRET = "disk /srv/dossier/stories unreadable";
/** The field an internal ZodError names: no more a client's business than the secret. */
export const INTERNAL_FIELD = "derivedTimelineCache";

/**
 * The fixture library with views that fail the way unexpected bugs would: `overview` throws an
 * Error, `timeline` a ZodError from a schema check deep inside (not from the client's input).
 */
export function brokenLibrary(): Library {
  const base = fixtureLibrary();
  const entry = base.stories.get(STORY_ID)!;
  const derived = Object.create(entry.derived, {
    overview: {
      get() {
        throw new Error(SECRET);
      },
    },
    timeline: {
      get() {
        return z.object({ [INTERNAL_FIELD]: z.string() }).parse({});
      },
    },
  }) as typeof entry.derived;
  return { version: base.version, stories: new Map([[STORY_ID, { ...entry, derived }]]) };
}

/** The fixture library, counting how often the procedures read a story's views: how often tRPC really ran one. */
export function countingLibrary(): { library: Library; reads: () => number } {
  const base = fixtureLibrary();
  const entry = base.stories.get(STORY_ID)!;
  let reads = 0;
  const counted = Object.fromEntries(
    Object.keys(entry.derived).map((name) => [
      name,
      {
        get() {
          reads += 1;
          return entry.derived[name as keyof typeof entry.derived];
        },
      },
    ]),
  );
  const derived = Object.create(entry.derived, counted) as typeof entry.derived;
  return {
    library: { version: base.version, stories: new Map([[STORY_ID, { ...entry, derived }]]) },
    reads: () => reads,
  };
}

/** tRPC's error envelope, as every TRPCClientError reads it. */
export interface ErrorEnvelope {
  error: { message: string; code: number; data: { code: string; httpStatus: number; stack?: string; [key: string]: unknown } };
}

/** Asserts a body is one typed tRPC error with this code and status, and returns it. */
export function expectTrpcError(body: string, code: string, httpStatus: number): ErrorEnvelope["error"] {
  const parsed = JSON.parse(body) as ErrorEnvelope;
  expect(parsed.error.data.code).toBe(code);
  expect(parsed.error.data.httpStatus).toBe(httpStatus);
  expect(typeof parsed.error.code).toBe("number");
  expect(parsed.error.message).toMatch(/\S/);
  return parsed.error;
}
