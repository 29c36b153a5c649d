// The verbatim source laid out in rows by offsets into the raw text, so annotation spans (UTF-16
// offsets into that raw text) can be highlighted after wrapping. Only the slices are sanitised.
import { sanitize } from "./sanitize";

export interface Row {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** Inside some annotated span. */
  annotated: boolean;
  /** Inside the span the reader has selected. */
  selected: boolean;
}

/** Rows of at most `width` characters, breaking at spaces, one or more per line of the text. */
export function layoutRows(text: string, width: number): Row[] {
  const rows: Row[] = [];
  const measure = Math.max(8, width);
  let lineStart = 0;
  for (const line of text.split("\n")) {
    let start = lineStart;
    const lineEnd = lineStart + line.length;
    if (line.length === 0) rows.push({ start, end: start });
    while (start < lineEnd) {
      let end = Math.min(lineEnd, start + measure);
      if (end < lineEnd) {
        const space = text.lastIndexOf(" ", end - 1);
        if (space > start) end = space + 1;
      }
      rows.push({ start, end });
      start = end;
    }
    lineStart = lineEnd + 1;
  }
  return rows;
}

/** The row of the text that holds `offset`. */
export function rowOf(rows: readonly Row[], offset: number): number {
  let low = 0;
  let high = rows.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((rows[mid]?.start ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A row cut where annotation coverage or the selection changes, each piece sanitised for the screen. */
export function rowSegments(text: string, row: Row, spans: readonly Row[], selected: Row | null): Segment[] {
  const cuts = new Set([row.start, row.end]);
  const inside = (at: number) => at > row.start && at < row.end;
  for (const span of [...spans, ...(selected ? [selected] : [])]) {
    if (inside(span.start)) cuts.add(span.start);
    if (inside(span.end)) cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const covers = (span: Row) => span.start <= from && span.end >= to;
    const piece = sanitize(text.slice(from, to).replace(/\n$/, ""));
    if (piece) segments.push({ text: piece, annotated: spans.some(covers), selected: selected !== null && covers(selected) });
  }
  return segments;
}
