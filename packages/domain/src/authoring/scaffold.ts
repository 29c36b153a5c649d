// The first draft of a story file for a new article: its parts found from the layout, and the
// least a valid story needs (one key point and one claim), clearly marked for the author to rewrite.
import { sha256Hex } from "../load/openStory";
import { disambiguate, isUnique } from "./anchorSpans";
import type { PartKind } from "../schema/source";

export interface ScaffoldOptions {
  /** The story's id, which is also its folder name. */
  slug: string;
  /** The verbatim article text. */
  text: string;
  /** A working title; the headline's first words stand in when none is given. */
  title?: string;
  /** The text's file name beside story.json. */
  file?: string;
}

interface LinePart {
  kind: PartKind;
  start: number;
  end: number;
}

/** A sentence, closing quotation or bracket ends a paragraph; a line without one reads as a caption. */
const ENDS_A_SENTENCE = /[.!?…"”’)\]]$/u;

/**
 * Parts by layout, one per non-empty line: the first line is the headline, lines opening with
 * a dash before the first paragraph are standfirst bullets, a later line that does not end a
 * sentence is a caption, and every other line is a body paragraph.
 */
export function partsByLayout(text: string): LinePart[] {
  const parts: LinePart[] = [];
  let offset = 0;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    const start = offset + lead;
    offset += raw.length + 1;
    if (body === "") continue;
    const end = start + body.length;
    let kind: PartKind;
    if (parts.length === 0) kind = "headline";
    else if (/^[-–•]\s/u.test(body) && parts.every((part) => part.kind !== "body")) kind = "standfirst";
    else if (!ENDS_A_SENTENCE.test(body)) kind = "caption";
    else kind = "body";
    parts.push({ kind, start, end });
  }
  return parts;
}

const TODO = "To be written in your own words: ";

/** A story file that passes every check, ready to be filled in; spans carry offsets already. */
export function scaffoldStory({ slug, text, title, file = "source.txt" }: ScaffoldOptions): Record<string, unknown> {
  const parts = partsByLayout(text);
  const headline = parts[0];
  if (!headline) throw new Error("the source text has no line with words on it");
  const span = (part: LinePart) => {
    const exact = text.slice(part.start, part.end);
    // A line printed twice needs a prefix or suffix to say which one is meant.
    return { start: part.start, end: part.end, exact, ...(isUnique(text, exact) ? {} : disambiguate(text, part.start, exact)) };
  };
  const counts = new Map<PartKind, number>();
  const partId = (kind: PartKind) => {
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    return kind === "headline" ? "part.headline" : `part.${kind}-${n}`;
  };
  return {
    $schema: "../../schema/story.schema.json",
    id: slug,
    title: title ?? `${TODO}a neutral title for ${slug}`,
    summary: `${TODO}one paragraph that says what the article reports and who says it.`,
    keyPoints: [{ id: "point.headline", text: `${TODO}the main point, linked to its claims.`, claims: ["claim.headline"] }],
    entities: [],
    claims: [
      {
        id: "claim.headline",
        text: `${TODO}what the headline states, as the article presents it.`,
        claimant: null,
        attribution: { kind: "article-voice", reason: null },
        status: "article-fact",
        modality: "asserted",
        role: "central",
        about: [],
        mentions: [],
        appearances: [{ spans: [span(headline)], reportingVerb: null, attributed: false }],
        quantities: [],
        times: [],
        instruments: [],
        related: [],
      },
    ],
    quotations: [],
    events: [],
    times: [],
    quantities: [],
    exchanges: [],
    sanctions: [],
    instruments: [],
    notes: [],
    externalFacts: [],
    source: {
      file,
      sha256: sha256Hex(text),
      metadata: { publisher: null, byline: null, published: null, url: null, language: "en" },
      parts: parts.map((part) => ({ id: partId(part.kind), kind: part.kind, span: span(part) })),
    },
  };
}
