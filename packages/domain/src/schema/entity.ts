import { z } from "zod";
import { ENTITY_KINDS } from "../vocabulary";
import { Prose } from "./prose";
import { EntityId } from "./ids";
import { Span, Verbatim } from "./span";

export { ENTITY_KINDS };
export const EntityKind = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKind>;

/** The id prefix each entity kind must use. */
export const ENTITY_PREFIX_BY_KIND = {
  person: "person",
  country: "country",
  "government-body": "body",
  "international-organisation": "intl",
  organisation: "org",
  media: "media",
  group: "group",
} as const satisfies Record<EntityKind, string>;

/**
 * How a mention names the entity: by name, by title alone, by a place standing for a
 * government (a capital city), by a description ("the island nation"), or by a pronoun.
 */
export const MentionForm = z.enum(["name", "title", "metonym", "description", "pronoun"]);
export type MentionForm = z.infer<typeof MentionForm>;

/**
 * A title or role as one mention gives it (FollowTheMoney's Occupancy): it belongs to this
 * mention, not to the person forever. `organisation` is the body the role is held in.
 */
export const Role = Verbatim.extend({
  organisation: EntityId.nullable(),
});
export type Role = z.infer<typeof Role>;

export const Mention = z
  .object({
    span: Span,
    form: MentionForm,
    role: Role.nullable().describe("Title or role given at this mention, if any."),
  })
  .strict();
export type Mention = z.infer<typeof Mention>;

export const Entity = z
  .object({
    id: EntityId,
    kind: EntityKind,
    name: Prose.describe("Normalised name."),
    aliases: z.array(Prose).describe("Other names the text uses."),
    description: Prose.describe("Who or what this is, in the project's own words, from the text."),
    nationality: EntityId.nullable().describe("Country of a person, where the text says."),
    partOf: EntityId.nullable().describe("Larger body this one belongs to, where the text says."),
    unnamed: z.boolean().describe("True for an unnamed person or group ('a local resident')."),
    mentions: z.array(Mention).min(1),
  })
  .strict()
  .refine((e) => e.id.startsWith(`${ENTITY_PREFIX_BY_KIND[e.kind]}.`), {
    error: (issue) => {
      const e = issue.input as { kind: EntityKind };
      return `an entity of kind ${e.kind} must have an id starting with "${ENTITY_PREFIX_BY_KIND[e.kind]}."`;
    },
    path: ["id"],
  });
export type Entity = z.infer<typeof Entity>;
