// The answers the first Overview frame needs, asked of the real router once at build time over the
// same bundled stories, so the first frame need not wait for the library to load, validate and derive.
import { createCaller, createContextInner } from "@dossier/api";
import { firstFrameRequests, requestKey } from "../src/data/prerendered";

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
