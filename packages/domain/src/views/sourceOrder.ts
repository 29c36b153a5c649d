import { collect } from "../integrity/walk";

/** Where an atom is first told: the smallest start offset of any span in it. */
export function firstToldAt(atom: object): number {
  let first = Number.POSITIVE_INFINITY;
  for (const { span } of collect(atom).spans) first = Math.min(first, span.start);
  return first;
}

/**
 * Atoms in source order: by where the text first tells each one; atoms with no span, and
 * ties, keep the order of the story file.
 */
export function inSourceOrder<T extends object>(atoms: readonly T[]): T[] {
  return atoms
    .map((atom, index) => ({ atom, index, at: firstToldAt(atom) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ atom }) => atom);
}
