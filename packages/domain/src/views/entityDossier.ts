import type { Story } from "../schema/story";
import type { Entity, Mention } from "../schema/entity";
import type { Quotation } from "../schema/quotation";
import type { Event } from "../schema/event";
import type { Exchange } from "../schema/exchange";
import type { Sanction } from "../schema/sanction";
import { lookupOf } from "./lookup";
import { partOf, partRef, type PartRef } from "./parts";
import { claimRef, entityRef, type ClaimRef, type EntityRef } from "./refs";
import { filterClaims } from "./filterClaims";
import { network, type NetworkEdge } from "./network";

/** A mention with the part of the telling it stands in; its role (title) belongs to it alone. */
export interface MentionView extends Mention {
  part: PartRef | null;
}

/** Everything the story says by, about or around one entity. */
export interface EntityDossier {
  entity: Entity;
  nationality: EntityRef | null;
  partOf: EntityRef | null;
  /** Entities that are part of this one. */
  members: EntityRef[];
  mentions: MentionView[];
  claimsBy: ClaimRef[];
  /** Claims about it or that mention it. */
  claimsAbout: ClaimRef[];
  quotations: Quotation[];
  /** Claims and quotations of others that the text says this entity passed on. */
  relayed: { claims: ClaimRef[]; quotations: Quotation[] };
  eventsAsActor: Event[];
  eventsAsRecipient: Event[];
  exchanges: Exchange[];
  sanctions: Sanction[];
  edges: NetworkEdge[];
}

const inExchange = (exchange: Exchange, id: string) =>
  exchange.broker === id || exchange.facilitators.includes(id) || exchange.legs.some((leg) => leg.from === id || leg.to === id);

export function entityDossier(
  story: Story,
  entityId: string,
  edges: readonly NetworkEdge[] = network(story).edges,
): EntityDossier | null {
  const { entities } = lookupOf(story);
  const entity = entities.get(entityId);
  if (!entity) return null;
  const ref = (id: string | null) => {
    const found = id === null ? undefined : entities.get(id);
    return found ? entityRef(found) : null;
  };
  return {
    entity,
    nationality: ref(entity.nationality),
    partOf: ref(entity.partOf),
    members: story.entities.filter((e) => e.partOf === entityId).map(entityRef),
    mentions: entity.mentions.map((mention) => ({ ...mention, part: partRef(partOf(story, mention.span)) })),
    claimsBy: filterClaims(story, { claimant: entityId }).map(claimRef),
    claimsAbout: filterClaims(story)
      .filter((claim) => claim.about.includes(entityId) || claim.mentions.includes(entityId))
      .map(claimRef),
    quotations: story.quotations.filter((quote) => quote.speaker === entityId),
    relayed: {
      claims: filterClaims(story)
        .filter((claim) => claim.attribution.relay?.via === entityId)
        .map(claimRef),
      quotations: story.quotations.filter((quote) => quote.attribution.relay?.via === entityId),
    },
    eventsAsActor: story.events.filter((event) => event.actors.includes(entityId)),
    eventsAsRecipient: story.events.filter((event) => event.recipients.includes(entityId)),
    exchanges: story.exchanges.filter((exchange) => inExchange(exchange, entityId)),
    sanctions: story.sanctions.filter((s) => s.authority.includes(entityId) || s.target.includes(entityId)),
    edges: edges.filter((edge) => edge.from === entityId || edge.to === entityId),
  };
}
