// Server components read the story through the contract, in-process: no HTTP, no story files.
import { createCaller, createContextInner, type RouterOutputs } from "@dossier/api";
import type { Story } from "@dossier/domain";
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

/** Entity names by id, to name the claimant, speaker or actor an atom points at. */
export const entityNames = cache(async (storyId: string): Promise<Map<string, Entity>> => {
  const entities = await api.entities.list({ storyId });
  return new Map(entities.map((e) => [e.id, e]));
});

/** The whole model as the contract exports it: the one door to notes, figures and external facts. */
export const storyModel = cache(async (storyId: string) => {
  const file = await api.export.story({ storyId, format: "json" });
  // The JSON export wraps the model with its provenance: { provenance, story }.
  const parsed = JSON.parse(file.body) as { story?: Story };
  return parsed.story ?? (parsed as Story);
});
