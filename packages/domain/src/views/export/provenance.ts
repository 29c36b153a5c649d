import type { Span } from "../../schema/span";
import type { Story } from "../../schema/story";

/** Where an export comes from: the story, its source text (pinned by hash) and the data version. */
export interface Provenance {
  story: string;
  /** Identifies the story files the export was made from; changes whenever they do. */
  dataVersion: string;
  source: {
    publisher: string | null;
    published: string | null;
    url: string | null;
    /** SHA-256 of the verbatim source text; span offsets count UTF-16 code units into it. */
    sha256: string;
  };
  generator: "Dossier";
}

export function provenanceOf(story: Story, dataVersion: string): Provenance {
  const { metadata, sha256 } = story.source;
  return {
    story: story.id,
    dataVersion,
    source: { publisher: metadata.publisher, published: metadata.published, url: metadata.url, sha256 },
    generator: "Dossier",
  };
}

/** A span as every export writes it: W3C Web Annotation's position and quote, nothing else. */
export const spanRecord = ({ start, end, exact }: Span) => ({ start, end, exact });

/** The span that comes first in the text. */
export const firstOf = (spans: readonly Span[]): Span | null =>
  spans.reduce<Span | null>((first, span) => (first === null || span.start < first.start ? span : first), null);
