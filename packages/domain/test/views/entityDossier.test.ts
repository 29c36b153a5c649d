import { describe, expect, it } from "vitest";
import { entityDossier } from "../../src/views/entityDossier";
import { story, variant } from "./fixture";

const ids = (atoms: { id: string }[]) => atoms.map((a) => a.id);

describe("entityDossier", () => {
  it("is null for an unknown id", () => {
    expect(entityDossier(story, "person.nobody")).toBeNull();
    expect(entityDossier(story, "claim.vote")).toBeNull();
  });

  it("gives each mention with its role and part", () => {
    const quill = entityDossier(story, "person.mara-quill")!;
    expect(quill.mentions.map((m) => [m.span.exact, m.part?.id])).toEqual([
      ["Mara Quill", "part.body-1"],
      ["Quill", "part.body-2"],
    ]);
    expect(quill.mentions[0]!.role).toMatchObject({ text: "council leader", organisation: "body.harbour-council" });
    expect(quill.mentions[1]!.role).toBeNull();
  });

  it("separates claims by the entity from claims about or mentioning it", () => {
    const council = entityDossier(story, "body.harbour-council")!;
    expect(ids(council.claimsBy)).toEqual(["claim.council-denies"]);
    expect(ids(council.claimsAbout)).toEqual(expect.arrayContaining(["claim.vote", "claim.not-consulted"]));
    expect(ids(council.claimsAbout)).not.toContain("claim.council-denies"); // by it, about the traders

    const traders = entityDossier(story, "group.traders")!;
    expect(traders.claimsBy).toEqual([]);
    expect(ids(traders.claimsAbout)).toEqual(expect.arrayContaining(["claim.not-consulted", "claim.council-denies"]));
  });

  it("lists quotations by it and events as actor or recipient", () => {
    expect(ids(entityDossier(story, "person.mara-quill")!.quotations)).toEqual(["quote.safety"]);
    const council = entityDossier(story, "body.harbour-council")!;
    expect(ids(council.eventsAsActor)).toEqual(["event.vote"]);
    expect(ids(council.eventsAsRecipient)).toEqual(["event.protest"]);
    expect(ids(entityDossier(story, "group.traders")!.eventsAsActor)).toEqual(["event.protest"]);
  });

  it("lists only network edges that touch it", () => {
    const traders = entityDossier(story, "group.traders")!;
    expect(traders.edges.length).toBeGreaterThan(0);
    for (const edge of traders.edges) expect([edge.from, edge.to]).toContain("group.traders");
    expect(traders.edges.map((e) => [e.from, e.kind])).toContainEqual(["body.harbour-council", "denied"]);
  });

  it("finds exchanges and sanctions it takes part in", () => {
    const s = variant((json) => {
      const span = { start: 450, end: 468, exact: "The council denied" };
      json.exchanges.push({
        id: "exchange.stalls",
        label: "Stalls for a new market hall",
        status: "proposed",
        legs: [
          { from: "group.traders", to: "body.harbour-council", goods: "the stalls", quantity: null, spans: [span] },
          { from: "body.harbour-council", to: "group.traders", goods: "a new hall", quantity: null, spans: [span] },
        ],
        broker: "person.mara-quill",
        facilitators: [],
        time: null,
        claims: ["claim.vote"],
      });
      json.sanctions.push({
        id: "sanction.fine",
        authority: ["body.harbour-council"],
        target: ["person.ivo-brandt"],
        reason: null,
        listed: null,
        program: null,
        provisions: null,
        basis: null,
        spans: [span],
        claims: ["claim.council-denies"],
      });
    });
    expect(ids(entityDossier(s, "person.mara-quill")!.exchanges)).toEqual(["exchange.stalls"]); // as broker
    expect(ids(entityDossier(s, "group.traders")!.exchanges)).toEqual(["exchange.stalls"]); // as a party
    expect(ids(entityDossier(s, "person.ivo-brandt")!.exchanges)).toEqual([]);
    expect(ids(entityDossier(s, "person.ivo-brandt")!.sanctions)).toEqual(["sanction.fine"]); // as target
    expect(ids(entityDossier(s, "body.harbour-council")!.sanctions)).toEqual(["sanction.fine"]); // as authority
    expect(entityDossier(s, "group.traders")!.sanctions).toEqual([]);
  });
});
