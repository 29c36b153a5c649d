// What the bin carries from its build, asked of the real code once: the first Overview frame's
// router answers (so the first frame need not wait for the library), and the shipped catalog as
// `shippedCatalog()` proved it (hash, schema, integrity, id), so the bin need not prove it again.
import { createCaller, createContextInner } from "@dossier/api";
import { shippedCatalog } from "@dossier/domain/shipped";
import { firstFrameRequests, requestKey } from "../src/data/prerendered";
import type { ProvenCatalog } from "./shipped";

export async function prerender(): Promise<Record<string, unknown>> {
  const caller = createCaller(createContextInner());
  const stories = await caller.stories.list();
  const answers: Record<string, unknown> = { [requestKey("stories.list", undefined)]: stories };
  for (const { id } of stories) {
    for (const [path, input] of firstFrameRequests(id)) {
      const [router, procedure] = path.split(".") as ["story" | "claims", string];
      const call = (caller[router] as unknown as Record<string, (input: unknown) => Promise<unknown>>)[procedure]!;
      answers[requestKey(path, input)] = await call(input);
    }
  }
  return answers;
}

export function provenCatalog(): ProvenCatalog {
  const catalog = shippedCatalog();
  return { stories: [...catalog.stories], versions: [...catalog.versions], version: catalog.version };
}
