import { EDGE_KINDS, type EdgeKind } from "../vocabulary";
import type { Story } from "../schema/story";
import type { ClaimStatus } from "../schema/claim";
import { lookupOf } from "./lookup";
import { resolveAll, type EntityRef } from "./refs";

/**
 * What an edge says, always read "from <kind> to":
 * said / accused / denied — a claimant or speaker about an entity, by the claim's status
 * (allegation: accused; denial: denied; any other: said; a quotation reporting another
 * claimant's claim: said); offered / supplied — an exchange
 * leg, supplied only once the exchange is completed; brokered / facilitated — a broker or
 * facilitator to each party of an exchange; sanctioned — authority to target; acted — an
 * event's actors to its recipients; role-in — a person to the body a mention's role is held
 * in; part-of — an entity to the larger body it belongs to; national-of — a person to a country.
 */
export { EDGE_KINDS, type EdgeKind };

export interface NetworkNode extends EntityRef {
  mentions: number;
}

export interface NetworkEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** Ids of the atoms that justify the edge. */
  atoms: string[];
  /** For `acted` edges, the codes of the events behind it ("PLOVER:PROTEST"); else empty. */
  codes: string[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export const edgeKindForStatus = (status: ClaimStatus): EdgeKind =>
  status === "allegation" ? "accused" : status === "denial" ? "denied" : "said";

/** Who deals with whom, and on what grounds. Self-loops are left out: they link nothing. */
export function network(story: Story): Network {
  const edges = new Map<string, NetworkEdge>();
  const link = (from: string, tos: readonly string[], kind: EdgeKind, atom: string, code?: string) => {
    for (const to of tos) {
      if (to === from) continue;
      const key = `${from}\u0000${kind}\u0000${to}`;
      let edge = edges.get(key);
      if (!edge) edges.set(key, (edge = { from, to, kind, atoms: [], codes: [] }));
      if (!edge.atoms.includes(atom)) edge.atoms.push(atom);
      if (code !== undefined && !edge.codes.includes(code)) edge.codes.push(code);
    }
  };
  const { claims } = lookupOf(story);

  for (const claim of story.claims) {
    if (claim.claimant !== null) link(claim.claimant, claim.about, edgeKindForStatus(claim.status), claim.id);
  }
  for (const quote of story.quotations) {
    // A speaker who reports someone else's denial has said something, not denied it.
    for (const claim of resolveAll(quote.claims, claims)) {
      link(quote.speaker, claim.about, claim.claimant === quote.speaker ? edgeKindForStatus(claim.status) : "said", quote.id);
    }
  }
  for (const exchange of story.exchanges) {
    // A leg whose giver or receiver the text leaves unsaid links nobody.
    const parties = [...new Set(exchange.legs.flatMap((leg) => [leg.from, leg.to]))].filter((p): p is string => p !== null);
    const kind = exchange.status === "completed" ? "supplied" : "offered";
    for (const { from, to } of exchange.legs) if (from !== null && to !== null) link(from, [to], kind, exchange.id);
    if (exchange.broker !== null) link(exchange.broker, parties, "brokered", exchange.id);
    for (const helper of exchange.facilitators) link(helper, parties, "facilitated", exchange.id);
  }
  for (const sanction of story.sanctions) {
    for (const authority of sanction.authority) link(authority, sanction.target, "sanctioned", sanction.id);
  }
  for (const event of story.events) {
    const code = event.code ? `${event.code.scheme}:${event.code.code}` : undefined;
    for (const actor of event.actors) link(actor, event.recipients, "acted", event.id, code);
  }
  for (const entity of story.entities) {
    if (entity.partOf !== null) link(entity.id, [entity.partOf], "part-of", entity.id);
    if (entity.nationality !== null) link(entity.id, [entity.nationality], "national-of", entity.id);
    for (const mention of entity.mentions) {
      if (mention.role?.organisation) link(entity.id, [mention.role.organisation], "role-in", entity.id);
    }
  }

  return {
    nodes: story.entities.map(({ id, name, kind, mentions }) => ({ id, name, kind, mentions: mentions.length })),
    edges: [...edges.values()],
  };
}
