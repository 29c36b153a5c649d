import { z } from "zod";

/**
 * Every atom id carries its kind as a prefix ("claim.kirby-weapons-sought"), so a reference
 * says what it points at and the integrity check can prove it resolves to the right kind.
 */
export const ENTITY_PREFIXES = ["person", "country", "body", "intl", "org", "media", "group"] as const;

const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";

function idOf(prefixes: readonly string[], description: string) {
  return z
    .string()
    .regex(new RegExp(`^(?:${prefixes.join("|")})\\.${SLUG}$`), {
      error: `must be an id of the form ${prefixes.map((p) => `${p}.some-slug`).join(" or ")}`,
    })
    .describe(description);
}

export const StoryId = z
  .string()
  .regex(new RegExp(`^${SLUG}$`), { error: "must be a lower-case slug such as arms-for-food" })
  .describe("Story id: a lower-case slug, also the name of the story's folder.");
export const PartId = idOf(["part"], "Id of a part of the telling (headline, bullet, paragraph, caption).");
export const EntityId = idOf(ENTITY_PREFIXES, "Id of an entity; the prefix names its kind.");
export const ClaimId = idOf(["claim"], "Id of a claim.");
export const QuotationId = idOf(["quote"], "Id of a quotation.");
export const EventId = idOf(["event"], "Id of an event.");
export const TimeId = idOf(["time"], "Id of a time expression.");
export const QuantityId = idOf(["qty"], "Id of a quantity.");
export const ExchangeId = idOf(["exchange"], "Id of an exchange.");
export const SanctionId = idOf(["sanction"], "Id of a sanction.");
export const InstrumentId = idOf(["law"], "Id of a legal instrument.");
export const NoteId = idOf(["note"], "Id of an editorial note.");
export const ExternalFactId = idOf(["ext"], "Id of an external fact.");
export const KeyPointId = idOf(["point"], "Id of a key point.");

/** Any atom id: what notes and external facts may point at. */
export const AtomId = idOf(
  [...ENTITY_PREFIXES, "part", "claim", "quote", "event", "time", "qty", "exchange", "sanction", "law", "note", "ext", "point"],
  "Id of any atom of the story.",
);

/** The atom kinds, keyed by id prefix; shared by integrity checks, views and search. */
export const ATOM_KIND_BY_PREFIX = {
  person: "entity",
  country: "entity",
  body: "entity",
  intl: "entity",
  org: "entity",
  media: "entity",
  group: "entity",
  part: "part",
  claim: "claim",
  quote: "quotation",
  event: "event",
  time: "time",
  qty: "quantity",
  exchange: "exchange",
  sanction: "sanction",
  law: "instrument",
  note: "note",
  ext: "external",
  point: "keyPoint",
} as const;

export type AtomKind = (typeof ATOM_KIND_BY_PREFIX)[keyof typeof ATOM_KIND_BY_PREFIX];

export function atomKindOf(id: string): AtomKind | undefined {
  const prefix = id.slice(0, id.indexOf("."));
  return (ATOM_KIND_BY_PREFIX as Record<string, AtomKind>)[prefix];
}
