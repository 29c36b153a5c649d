import { ATOM_COLLECTIONS, type AtomCollection, type Story } from "../schema/story";
import { atomKindOf, type AtomKind } from "../schema/ids";
import type { Span } from "../schema/span";
import { formatPath } from "../integrity/issue";
import { collect } from "../integrity/walk";
import { partOf } from "./parts";

/** One span of one atom, for highlighting the source text. */
export interface Annotation {
  atomKind: AtomKind;
  atomId: string;
  /** Where the span sits inside the atom, e.g. `appearances[0].spans[1]`. */
  field: string;
  span: Span;
  partId: string | null;
}

const COLLECTIONS: ReadonlySet<string> = new Set(ATOM_COLLECTIONS);

/**
 * Every span of every atom, by start offset (longer first on a tie). The parts' own spans
 * are left out: they divide the text rather than annotate it, and each annotation names its part.
 */
export function annotations(story: Story): Annotation[] {
  const found: Annotation[] = [];
  for (const { span, path } of collect(story).spans) {
    const [collection, index] = path;
    if (typeof collection !== "string" || !COLLECTIONS.has(collection) || typeof index !== "number") continue;
    const atom = story[collection as AtomCollection][index];
    const atomKind = atom && atomKindOf(atom.id);
    if (!atom || !atomKind) continue;
    found.push({
      atomKind,
      atomId: atom.id,
      field: formatPath(path.slice(2)),
      span: span,
      partId: partOf(story, span)?.id ?? null,
    });
  }
  // Array.prototype.sort is stable, so equal spans keep the story file's order.
  return found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}
