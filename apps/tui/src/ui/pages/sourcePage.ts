import type { RouterOutputs } from "@dossier/api";
import { layoutRows, rowSegments, type Row } from "../../text/sourceLayout";
import { text, type Item, type Line, type Page, type Target } from "./page";

type Source = RouterOutputs["story"]["source"];
type Annotation = Source["annotations"][number];

/** One place to stop in the source: a stretch of text and the atoms annotated there, claims first. */
export interface Stop extends Row {
  atoms: { kind: string; id: string }[];
}

const ATOM_ORDER = ["claim", "quotation", "entity"];
const rank = (kind: string) => (ATOM_ORDER.includes(kind) ? ATOM_ORDER.indexOf(kind) : ATOM_ORDER.length);

/** Every annotated stretch once, in reading order; spans of the same stretch share a stop. */
export function sourceStops(annotations: readonly Annotation[]): Stop[] {
  const byRange = new Map<string, Stop>();
  for (const annotation of annotations) {
    const key = `${annotation.span.start}:${annotation.span.end}`;
    const stop = byRange.get(key) ?? { start: annotation.span.start, end: annotation.span.end, atoms: [] };
    if (!stop.atoms.some((atom) => atom.id === annotation.atomId))
      stop.atoms.push({ kind: annotation.atomKind, id: annotation.atomId });
    byRange.set(key, stop);
  }
  for (const stop of byRange.values()) stop.atoms.sort((a, b) => rank(a.kind) - rank(b.kind));
  return [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

const targetOf = (stop: Stop): Target | null => {
  const atom = stop.atoms[0];
  if (!atom) return null;
  if (atom.kind === "claim") return { kind: "claim", id: atom.id };
  if (atom.kind === "quotation") return { kind: "quote", id: atom.id };
  if (atom.kind === "entity") return { kind: "actor", id: atom.id };
  return null;
};

/** The stop at or nearest after an offset, for jumping from an atom to its words. */
export function stopAt(stops: readonly Stop[], span: Row): number {
  const exact = stops.findIndex((stop) => stop.start === span.start && stop.end === span.end);
  if (exact >= 0) return exact;
  const after = stops.findIndex((stop) => stop.start >= span.start);
  return after >= 0 ? after : Math.max(0, stops.length - 1);
}

/** The article wrapped to the width, annotated words marked, the selected stop highlighted; each stop an item. */
export function sourcePage(source: Source, stops: readonly Stop[], selected: number, width: number): Page {
  const rows = layoutRows(source.text, width);
  const current = stops[selected] ?? null;
  const lines: Line[] = rows.map((row) =>
    rowSegments(source.text, row, stops, current).map((segment) =>
      text(segment.text, segment.selected ? "selectedSpan" : segment.annotated ? "annotated" : undefined, segment.selected),
    ),
  );
  let rowIndex = 0;
  const items: Item[] = stops.map((stop) => {
    while (rowIndex + 1 < rows.length && (rows[rowIndex + 1]?.start ?? Infinity) <= stop.start) rowIndex++;
    let last = rowIndex;
    while (last + 1 < rows.length && (rows[last + 1]?.start ?? Infinity) < stop.end) last++;
    const atom = stop.atoms[0];
    return {
      line: rowIndex,
      height: last - rowIndex + 1,
      target: targetOf(stop),
      span: { start: stop.start, end: stop.end },
      cite: `“${source.text.slice(stop.start, stop.end)}”${atom ? ` (${atom.id})` : ""}`,
    };
  });
  return { title: "Source", lines, items, empty: "The source is empty." };
}
