import { SEARCH_KINDS } from "../../vocabulary";
import type { Story } from "../../schema/story";
import type { AtomKind } from "../../schema/ids";
import type { Span } from "../../schema/span";
import { collect } from "../../integrity/walk";
import { lookupOf } from "../lookup";
import { partOf } from "../parts";

export { SEARCH_KINDS };
// Every search kind is an atom kind: the compiler checks the list against the id prefixes.
const _searchKindsAreAtomKinds: readonly AtomKind[] = SEARCH_KINDS;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One atom as the index sees it: a title, the names around it, its other words, its spans. */
export interface SearchDocument {
  id: string;
  kind: SearchKind;
  /** What a hit shows. */
  title: string;
  /** The words that name the atom itself: its title, and for an entity its aliases too. */
  heading: string;
  /** Names of the entities around it (claimant, speaker, actors…). */
  names: string;
  text: string;
  /** Spans that may show a match: the atom's own first, then nearby mentions of named entities. */
  spans: Span[];
}

const ownSpans = (atom: object) => collect(atom).spans.map(({ span }) => span);
const exacts = (spans: readonly Span[]) => spans.map((span) => span.exact).join(" ");

/** Builds the documents of a story; entity names reach the atoms they speak, act or appear in. */
export function searchDocuments(story: Story): SearchDocument[] {
  const { entities, instruments } = lookupOf(story);
  const namesOf = (ids: readonly (string | null)[]) =>
    ids.flatMap((id) => {
      const entity = id === null ? undefined : entities.get(id);
      return entity ? [entity.name, ...entity.aliases] : [];
    });
  const nameOf = (id: string) => entities.get(id)?.name ?? id;
  // A quotation's speaker is named beside it, not inside it: its mention in the same part shows the match.
  const mentionsByEntity = new Map(
    story.entities.map((e) => [e.id, e.mentions.map(({ span }) => ({ span, part: partOf(story, span)?.id }))]),
  );
  const nearby = (spans: readonly Span[], ids: readonly (string | null)[]) => {
    const parts = new Set(spans.map((span) => partOf(story, span)?.id));
    return ids
      .flatMap((id) => (id === null ? [] : (mentionsByEntity.get(id) ?? [])))
      .flatMap((m) => (parts.has(m.part) ? [m.span] : []));
  };
  const doc = (
    id: string,
    kind: SearchKind,
    title: string,
    own: Span[],
    linked: (string | null)[],
    ...words: (string | null)[]
  ) => ({
    id,
    kind,
    title,
    heading: title,
    names: namesOf(linked).join(" "),
    // A quotation's or a time's title is its own span; counting those words twice would skew ranking.
    text: [...words, exacts(own.filter((span) => span.exact !== title))].filter(Boolean).join(" "),
    spans: [...own, ...nearby(own, linked)],
  });

  return [
    ...story.entities.map((e) => {
      const roles = e.mentions.flatMap((m) => (m.role ? [m.role.text] : []));
      return {
        ...doc(e.id, "entity", e.name, ownSpans(e), [], e.description, ...roles),
        heading: [e.name, ...e.aliases].join(" "),
      };
    }),
    ...story.claims.map((c) => {
      const laws = c.instruments.map((id) => instruments.get(id)?.name ?? null);
      return doc(c.id, "claim", c.text, ownSpans(c), [c.claimant, ...c.about, ...c.mentions], ...laws);
    }),
    ...story.quotations.map((q) => doc(q.id, "quotation", q.text, ownSpans(q), [q.speaker, q.medium])),
    ...story.events.map((e) => doc(e.id, "event", e.label, ownSpans(e), [...e.actors, ...e.recipients], e.code?.code ?? null)),
    ...story.times.map((t) =>
      doc(t.id, "time", t.span.exact, ownSpans(t), [], t.interval?.start ?? null, t.interval?.end ?? null),
    ),
    ...story.quantities.map((q) =>
      doc(q.id, "quantity", q.spans[0]?.exact ?? q.counts, ownSpans(q), [], q.counts, q.unit, q.qualifier?.text ?? null),
    ),
    ...story.exchanges.map((x) => {
      const parties = x.legs.flatMap((leg) => [leg.from, leg.to]);
      return doc(
        x.id,
        "exchange",
        x.label,
        ownSpans(x),
        [...parties, x.broker, ...x.facilitators],
        ...x.legs.map((l) => l.goods),
      );
    }),
    ...story.sanctions.map((s) => {
      const title = `Sanction by ${s.authority.map(nameOf).join(", ")} on ${s.target.map(nameOf).join(", ")}`;
      return doc(
        s.id,
        "sanction",
        title,
        ownSpans(s),
        [...s.authority, ...s.target],
        s.reason?.text ?? null,
        s.program,
        s.provisions,
      );
    }),
    ...story.instruments.map((i) => doc(i.id, "instrument", i.name, ownSpans(i), [i.issuer], ...i.identifiers)),
    ...story.notes.map((n) => doc(n.id, "note", n.text, ownSpans(n), [])),
    ...story.externalFacts.map((x) =>
      doc(x.id, "external", x.statement, [], [], x.value, x.reference.title, x.reference.publisher),
    ),
    ...story.keyPoints.map((p) => doc(p.id, "keyPoint", p.text, [], [])),
  ];
}
