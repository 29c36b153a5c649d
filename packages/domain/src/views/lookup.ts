import type { AtomCollection, Story } from "../schema/story";
import type { Part } from "../schema/source";

/** Every atom of a story by id, one map per collection (plus the parts of the telling). */
export type StoryLookup = { readonly [C in AtomCollection]: ReadonlyMap<string, Story[C][number]> } & {
  readonly parts: ReadonlyMap<string, Part>;
};

// Stories are immutable once loaded, so one lookup per story object serves every view.
const cache = new WeakMap<Story, StoryLookup>();

const byId = <T extends { id: string }>(atoms: readonly T[]) => new Map(atoms.map((atom) => [atom.id, atom] as const));

export function lookupOf(story: Story): StoryLookup {
  let lookup = cache.get(story);
  if (!lookup) {
    lookup = {
      parts: byId(story.source.parts),
      entities: byId(story.entities),
      claims: byId(story.claims),
      quotations: byId(story.quotations),
      events: byId(story.events),
      times: byId(story.times),
      quantities: byId(story.quantities),
      exchanges: byId(story.exchanges),
      sanctions: byId(story.sanctions),
      instruments: byId(story.instruments),
      notes: byId(story.notes),
      externalFacts: byId(story.externalFacts),
      keyPoints: byId(story.keyPoints),
    };
    cache.set(story, lookup);
  }
  return lookup;
}
