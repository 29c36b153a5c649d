import MiniSearch, { type SearchOptions } from "minisearch";
import type { Story } from "../../schema/story";
import type { Span } from "../../schema/span";
import { searchDocuments, type SearchDocument, type SearchKind } from "./documents";
import { processTerm, termsOf, tokenize } from "./terms";

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  score: number;
  /** A source span of the atom holding a matched term; null when none does (key points have no span). */
  match: Span | null;
  /** The indexed terms that matched (after prefix and fuzzy expansion). */
  terms: string[];
}

export interface SearchRequest {
  kinds?: readonly SearchKind[];
  /** Most hits to return; 20 unless given. */
  limit?: number;
}

export interface StorySearch {
  search(query: string, request?: SearchRequest): SearchHit[];
  /** How many atoms the index holds. */
  readonly size: number;
}

export const DEFAULT_SEARCH_LIMIT = 20;

const OPTIONS: SearchOptions = {
  boost: { heading: 3, names: 2, text: 1 },
  prefix: true,
  // Light fuzziness: one typo in words of 4+ letters, two from 10 letters on.
  fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
  maxFuzzy: 2,
};

type Stored = { kind: SearchKind; title: string };

/** A full-text index over every atom of one story, built once. */
export function createStorySearch(story: Story): StorySearch {
  const documents = searchDocuments(story);
  const index = new MiniSearch<SearchDocument>({
    fields: ["heading", "names", "text"],
    storeFields: ["kind", "title"],
    tokenize,
    processTerm,
    searchOptions: {
      ...OPTIONS,
      // Entities are what readers most often look for by name or alias ("Pyongyang").
      boostDocument: (_id, _term, stored) => (stored?.kind === "entity" ? 1.5 : 1),
    },
  });
  index.addAll(documents);
  const spansById = new Map(documents.map((d) => [d.id, d.spans]));
  // The terms of each span, worked out the first time a hit needs them, not at start-up.
  const spanTerms = new Map<Span, Set<string>>();
  const termsIn = (span: Span) => {
    let terms = spanTerms.get(span);
    if (!terms) spanTerms.set(span, (terms = termsOf(span.exact)));
    return terms;
  };
  const matchOf = (id: string, terms: readonly string[]): Span | null =>
    spansById.get(id)?.find((span) => terms.some((term) => termsIn(span).has(term))) ?? null;

  return {
    size: documents.length,
    search(query, { kinds, limit = DEFAULT_SEARCH_LIMIT } = {}) {
      if (query.trim() === "" || limit < 1) return [];
      const allowed = kinds ? new Set<string>(kinds) : null;
      const options: SearchOptions = allowed ? { filter: (r) => allowed.has(r.kind as string) } : {};
      // Every word must match; if no atom has them all, fall back to any word.
      let results = index.search(query, { ...options, combineWith: "AND" });
      if (results.length === 0) results = index.search(query, { ...options, combineWith: "OR" });
      return results.slice(0, limit).map((result) => {
        const { kind, title } = result as unknown as Stored;
        return {
          kind,
          id: String(result.id),
          title,
          score: result.score,
          match: matchOf(String(result.id), result.terms),
          terms: result.terms,
        };
      });
    },
  };
}
