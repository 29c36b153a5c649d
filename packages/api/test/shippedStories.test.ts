import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { EXPORT_FORMATS } from "@dossier/domain";
import { createCaller, createContextInner, type AppRouter } from "../src/index";
import { openLibrary } from "../src/library";
import { startStockServer } from "./helpers/stockServer";

// The stories we ship, not the fixture: every atom of each must read the same through both doors.
const library = openLibrary();
const caller = createCaller(createContextInner({ library }));
let server: Awaited<ReturnType<typeof startStockServer>>;
let client: ReturnType<typeof createTRPCClient<AppRouter>>;

beforeAll(async () => {
  server = await startStockServer(library);
  client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${server.url}/trpc`, maxItems: 10 })] });
});
afterAll(() => server.close());

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe.each([...library.stories.keys()])("the shipped story %s", (storyId) => {
  const { story } = library.stories.get(storyId)!;

  it("lists every claim, quotation and entity it holds, through either door", async () => {
    const [claims, quotations, entities] = await Promise.all([
      client.claims.list.query({ storyId }),
      client.quotations.list.query({ storyId }),
      client.entities.list.query({ storyId }),
    ]);
    expect(claims.map((c) => c.id).sort()).toEqual(story.claims.map((c) => c.id).sort());
    expect(quotations.map((q) => q.id).sort()).toEqual(story.quotations.map((q) => q.id).sort());
    expect(entities.map((e) => e.id).sort()).toEqual(story.entities.map((e) => e.id).sort());
  });

  it("gives every claim's detail the same in-process and over HTTP", async () => {
    const ids = story.claims.map((c) => c.id);
    const overHttp = await Promise.all(ids.map((claimId) => client.claims.detail.query({ storyId, claimId })));
    for (const [i, claimId] of ids.entries()) {
      expect(overHttp[i], claimId).toEqual(plain(await caller.claims.detail({ storyId, claimId })));
      expect(overHttp[i]!.claim.id).toBe(claimId);
    }
  });

  it("gives every entity's dossier and every quotation's detail the same in-process and over HTTP", async () => {
    for (const { id: entityId } of story.entities) {
      expect(await client.entities.detail.query({ storyId, entityId }), entityId).toEqual(
        plain(await caller.entities.detail({ storyId, entityId })),
      );
    }
    for (const { id: quotationId } of story.quotations) {
      expect(await client.quotations.detail.query({ storyId, quotationId }), quotationId).toEqual(
        plain(await caller.quotations.detail({ storyId, quotationId })),
      );
    }
  });

  it("exports every format identically through either door", async () => {
    for (const format of EXPORT_FORMATS) {
      expect(await client.export.story.query({ storyId, format }), format).toEqual(
        plain(await caller.export.story({ storyId, format })),
      );
    }
  });

  it("annotates the source so that every span quotes it", async () => {
    const source = await client.story.source.query({ storyId });
    expect(source.text).toBe(story.source.text);
    for (const annotation of source.annotations) {
      expect(source.text.slice(annotation.span.start, annotation.span.end)).toBe(annotation.span.exact);
    }
  });
});
