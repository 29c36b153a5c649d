import type { Entity, EntityKind } from "../../schema/entity";
import type { Span } from "../../schema/span";
import type { Story } from "../../schema/story";
import { lookupOf } from "../lookup";
import { provenanceOf, spanRecord } from "./provenance";

/** One FollowTheMoney entity as JSON: `id`, `schema`, multi-valued `properties`, plus where it comes from. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  provenance: {
    story: string;
    dataVersion: string;
    sourceSha256: string;
    spans: { start: number; end: number; exact: string }[];
  };
}

/**
 * FollowTheMoney has no schema for a state, so a country acting in the story becomes a
 * PublicBody (the state as an actor). ISO country codes are left out: the text gives none.
 */
const FTM_SCHEMA: Record<EntityKind, string> = {
  person: "Person",
  country: "PublicBody",
  "government-body": "PublicBody",
  "international-organisation": "Organization",
  organisation: "Organization",
  media: "Organization",
  group: "Organization",
};

const values = (...items: (string | null | undefined)[]): string[] => [
  ...new Set(items.filter((item): item is string => typeof item === "string" && item !== "")),
];

/**
 * The story's actors, sanctions and relations as FollowTheMoney entities (the data model of
 * OpenSanctions), one JSON object per line. Fields the text is silent on are left out, as
 * FollowTheMoney has no null: a sanction without a named program has no `program`.
 */
export function followTheMoneyLines(story: Story, dataVersion: string): string {
  const { entities, times } = lookupOf(story);
  const provenance = provenanceOf(story, dataVersion);
  const idOf = (atomId: string) => `${story.id}.${atomId}`;
  const record = (atomId: string, schema: string, properties: Record<string, string[]>, spans: readonly Span[]): FtmEntity => ({
    id: idOf(atomId),
    schema,
    properties: Object.fromEntries(Object.entries(properties).filter(([, list]) => list.length > 0)),
    provenance: { story: story.id, dataVersion, sourceSha256: provenance.source.sha256, spans: spans.map(spanRecord) },
  });
  const nameOf = (id: string) => entities.get(id)?.name ?? id;
  const sanctioned = new Set(story.sanctions.flatMap((sanction) => sanction.target));

  const actor = (entity: Entity): FtmEntity =>
    record(
      entity.id,
      FTM_SCHEMA[entity.kind],
      {
        name: [entity.name],
        alias: values(...entity.aliases),
        description: [entity.description],
        ...(entity.kind === "person" ? { position: values(...entity.mentions.map((mention) => mention.role?.text)) } : {}),
        topics: sanctioned.has(entity.id) ? ["sanction"] : [],
      },
      entity.mentions.map((mention) => mention.span),
    );

  // A title held in a body (a mention's role) and a body within a larger one are memberships.
  const memberships: FtmEntity[] = [];
  for (const entity of story.entities) {
    const held = new Map<string, string[]>();
    for (const mention of entity.mentions) {
      const organisation = mention.role?.organisation;
      if (organisation) held.set(organisation, values(...(held.get(organisation) ?? []), mention.role?.text));
    }
    if (entity.partOf && !held.has(entity.partOf)) held.set(entity.partOf, []);
    for (const [organisation, roles] of held) {
      if (FTM_SCHEMA[entities.get(organisation)?.kind ?? "person"] === "Person") continue;
      const spans = entity.mentions.filter((mention) => mention.role?.organisation === organisation).map((m) => m.span);
      memberships.push(
        record(
          `membership.${entity.id}.${organisation}`,
          "Membership",
          { member: [idOf(entity.id)], organization: [idOf(organisation)], role: roles },
          spans,
        ),
      );
    }
  }

  // People who arranged an exchange together are associates.
  const associates = story.exchanges.flatMap((exchange) =>
    exchange.broker === null || entities.get(exchange.broker)?.kind !== "person"
      ? []
      : exchange.facilitators
          .filter((id) => entities.get(id)?.kind === "person")
          .map((id) =>
            record(
              `associate.${exchange.broker}.${id}`,
              "Associate",
              { person: [idOf(exchange.broker!)], associate: [idOf(id)], relationship: [`arranged together: ${exchange.label}`] },
              exchange.legs.flatMap((leg) => leg.spans),
            ),
          ),
  );

  const sanctions = story.sanctions.map((sanction) => {
    const listed = sanction.listed === null ? undefined : times.get(sanction.listed);
    const day = listed?.precision === "day" ? listed.interval?.start : null;
    return record(
      sanction.id,
      "Sanction",
      {
        entity: sanction.target.map(idOf),
        authority: sanction.authority.map(nameOf),
        reason: values(sanction.reason?.text),
        listingDate: values(day),
        program: values(sanction.program),
        provisions: values(sanction.provisions),
        // A date the text gives only as "Thursday" rests on an external fact: say so where FollowTheMoney can.
        summary: values(
          day && listed?.derivation?.from.length
            ? `Listing date read from "${listed.span.exact}" through ${listed.derivation.from.join(", ")} (external facts, not the article).`
            : null,
        ),
      },
      sanction.spans,
    );
  });

  const lines = [...story.entities.map(actor), ...memberships, ...associates, ...sanctions];
  return lines.map((line) => `${JSON.stringify(line)}\n`).join("");
}
