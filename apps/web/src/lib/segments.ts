// Cuts a stretch of the source into pieces at every annotation boundary, so overlapping spans
// (a name inside a claim inside a quotation) can all be marked without crossing elements.

export interface SpanLike {
  start: number;
  end: number;
}

export interface Piece<A extends SpanLike> {
  start: number;
  end: number;
  text: string;
  /** Annotations covering the piece, outermost (longest) first. */
  covering: A[];
  /** Annotations that begin at this piece's start. */
  starting: A[];
}

export function cutIntoPieces<A extends SpanLike>(text: string, from: number, to: number, annotations: readonly A[]): Piece<A>[] {
  const inside = annotations.filter((a) => a.start < to && a.end > from && a.end > a.start);
  const cuts = new Set<number>([from, to]);
  for (const a of inside) {
    cuts.add(Math.max(from, a.start));
    cuts.add(Math.min(to, a.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const pieces: Piece<A>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inside
      .filter((a) => a.start <= start && a.end >= end)
      .sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
    pieces.push({ start, end, text: text.slice(start, end), covering, starting: inside.filter((a) => a.start === start) });
  }
  return pieces;
}

/** The annotation a piece links to: the innermost (shortest) one covering it. */
export const innermost = <A extends SpanLike>(piece: Piece<A>): A | undefined => piece.covering[piece.covering.length - 1];
