import { ATOM_COLLECTIONS, type AtomCollection, type Story } from "../schema/story";
import type { ArticleMetadata } from "../schema/source";
import { lookupOf } from "./lookup";
import { claimRef, resolveAll, type ClaimRef } from "./refs";

export interface KeyPointView {
  id: string;
  text: string;
  claims: ClaimRef[];
}

/** The story at a glance: what a summary page shows first. */
export interface Overview {
  id: string;
  title: string;
  summary: string;
  keyPoints: KeyPointView[];
  source: {
    file: string;
    sha256: string;
    metadata: ArticleMetadata;
    /** The headline as printed, if the source has one. */
    headline: string | null;
    parts: number;
    characters: number;
  };
  counts: Record<AtomCollection, number>;
}

export function overview(story: Story): Overview {
  const { claims } = lookupOf(story);
  const { file, sha256, metadata, parts, text } = story.source;
  return {
    id: story.id,
    title: story.title,
    summary: story.summary,
    keyPoints: story.keyPoints.map((point) => ({
      id: point.id,
      text: point.text,
      claims: resolveAll(point.claims, claims).map(claimRef),
    })),
    source: {
      file,
      sha256,
      metadata,
      headline: parts.find((part) => part.kind === "headline")?.span.exact ?? null,
      parts: parts.length,
      characters: text.length,
    },
    counts: Object.fromEntries(ATOM_COLLECTIONS.map((c) => [c, story[c].length])) as Record<AtomCollection, number>,
  };
}
