// Server components read the story through the contract, in-process: no HTTP, no story files.
import { createCaller, createContextInner, type RouterOutputs } from "@dossier/api";
import type { Story } from "@dossier/domain";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";

export const api = createCaller(createContextInner({ requestId: "web-build" }));

export type Overview = RouterOutputs["story"]["overview"];
export type ClaimSummary = RouterOutputs["claims"]["list"][number];
export type Entity = RouterOutputs["entities"]["list"][number];
export type SourceView = RouterOutputs["story"]["source"];
export type Annotation = SourceView["annotations"][number];
export type TimelineEntry = RouterOutputs["story"]["timeline"][number];
export type Network = RouterOutputs["story"]["network"];

/** Every story id served, for generateStaticParams. */
export const storyIds = cache(async (): Promise<string[]> => (await api.stories.list()).map((s) => s.id));

/** `{ story, [key]: id }` for every atom `list` gives in every story: one page per atom, for generateStaticParams. */
export async function atomParams<K extends string>(
  key: K,
  list: (storyId: string) => Promise<readonly { id: string }[]>,
): Promise<({ story: string } & Record<K, string>)[]> {
  const perStory = await Promise.all(
    (await storyIds()).map(async (story) =>
      (await list(story)).map((atom) => ({ story, [key]: atom.id }) as { story: string } & Record<K, string>),
    ),
  );
  return perStory.flat();
}

/** Entity names by id, to name the claimant, speaker or actor an atom points at. */
export const entityNames = cache(async (storyId: string): Promise<Map<string, Entity>> => {
  const entities = await api.entities.list({ storyId });
  return new Map(entities.map((e) => [e.id, e]));
});

/** The whole model as the contract exports it: the one door to notes, figures and external facts. */
export const storyModel = cache(async (storyId: string) => {
  const file = await api.export.story({ storyId, format: "json" });
  // The JSON export wraps the model with its provenance: { provenance, story }.
  return (JSON.parse(file.body) as { story: Story }).story;
});

/**
 * The contract's answer, or Next's 404 when it says the atom is not there (or the id is not one);
 * any other failure stays an error, so a broken view is never shown as a missing page.
 */
export async function orNotFound<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}
