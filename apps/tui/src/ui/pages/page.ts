// A page is what one view shows, as lines of styled pieces built by pure functions from API
// answers: the components only draw it, and tests can read it without a terminal.
import type { ClaimStatusName } from "@dossier/domain/vocabulary";
import { wrap, wrapHanging } from "../../text/wrap";

export type Tone = "heading" | "muted" | "accent" | "error" | "annotated" | "selectedSpan" | `status:${ClaimStatusName}`;

export interface Piece {
  text: string;
  tone?: Tone;
  bold?: boolean;
}
export type Line = Piece[];

export interface SourceSpan {
  start: number;
  end: number;
}

/** Where enter takes the reader from an item. */
export type Target = { kind: "claim" | "quote" | "actor"; id: string } | { kind: "source"; span: SourceSpan };

/** What the reader can act on: a selectable item, or the page itself for a detail view. */
export interface Subject {
  target?: Target | null;
  /** The item's words in the source, for `s`. */
  span?: SourceSpan | null;
  /** A citation for `y`. */
  cite?: string;
  /** The item's path on the web app, for `o`. */
  webPath?: string;
}

export interface Item extends Subject {
  /** First line of the item in the page, and how many lines it takes. */
  line: number;
  height: number;
}

export interface Page extends Subject {
  title: string;
  lines: Line[];
  /** With items, j/k select them; without, j/k scroll. */
  items?: Item[];
  /** Shown when the page has nothing to list. */
  empty?: string;
}

export const text = (value: string, tone?: Tone, bold?: boolean): Piece => ({
  text: value,
  ...(tone ? { tone } : {}),
  ...(bold ? { bold } : {}),
});

/** A paragraph wrapped to the width, every line in one tone. */
export const paragraph = (value: string, width: number, tone?: Tone, bold?: boolean): Line[] =>
  wrap(value, Math.max(10, width)).map((line) => [text(line, tone, bold)]);

/** A paragraph with a marker on its first line and a hanging indent. */
export const hanging = (value: string, width: number, marker: string, tone?: Tone): Line[] =>
  wrapHanging(value, Math.max(12, width), marker).map((line) => [text(line, tone)]);

/** Builds a list page: each entry's lines, remembered as one selectable item. */
export function listPage<T>(
  title: string,
  entries: readonly T[],
  lay: (entry: T) => { lines: Line[]; lead?: number } & Subject,
  empty: string,
): Page {
  const lines: Line[] = [];
  const items: Item[] = [];
  for (const entry of entries) {
    // `lead` lines (a group heading) come before the item and are not part of the selection.
    const { lines: own, lead = 0, ...subject } = lay(entry);
    items.push({ ...subject, line: lines.length + lead, height: own.length - lead });
    lines.push(...own);
  }
  return { title, lines, items, empty };
}
