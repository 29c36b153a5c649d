import { describe, expect, it } from "vitest";
import { EDGE_KINDS, network, type NetworkEdge } from "../../src/views/network";
import { story, variant } from "./fixture";

const find = (edges: NetworkEdge[], from: string, kind: string, to: string) =>
  edges.find((e) => e.from === from && e.kind === kind && e.to === to);

describe("network", () => {
  const { nodes, edges } = network(story);

  it("has a node per entity with its mention count", () => {
    expect(nodes.map((n) => n.id).sort()).toEqual(story.entities.map((e) => e.id).sort());
    expect(nodes.find((n) => n.id === "person.mara-quill")).toMatchObject({ name: "Mara Quill", kind: "person", mentions: 2 });
    expect(nodes.find((n) => n.id === "person.ivo-brandt")!.mentions).toBe(1);
  });

  it("draws a denial from the council to the traders, justified by the denial claim", () => {
    expect(find(edges, "body.harbour-council", "denied", "group.traders")?.atoms).toEqual(["claim.council-denies"]);
  });

  it("draws an allegation as accused and any other attributed claim as said", () => {
    expect(find(edges, "person.ivo-brandt", "accused", "body.harbour-council")?.atoms).toEqual(["claim.not-consulted"]);
    expect(find(edges, "person.mara-quill", "said", "body.harbour-council")?.atoms).toContain("claim.vote");
    expect(find(edges, "person.ivo-brandt", "said", "body.harbour-council")).toBeUndefined();
  });

  it("draws event actors to recipients with the event's code", () => {
    expect(find(edges, "group.traders", "acted", "body.harbour-council")).toMatchObject({
      atoms: ["event.protest"],
      codes: ["PLOVER:PROTEST"],
    });
  });

  it("draws a role held in a body", () => {
    expect(find(edges, "person.ivo-brandt", "role-in", "group.traders")).toBeDefined();
    expect(find(edges, "person.mara-quill", "role-in", "body.harbour-council")).toBeDefined();
  });

  it("keeps one edge per (from, to, kind), only known kinds, and no self-loops", () => {
    const keys = edges.map((e) => `${e.from} ${e.kind} ${e.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const edge of edges) {
      expect(EDGE_KINDS).toContain(edge.kind);
      expect(edge.from).not.toBe(edge.to);
      expect(edge.atoms.length).toBeGreaterThan(0);
    }
  });

  it("draws a quotation as said when it reports someone else's claim", () => {
    const s = variant((json) => {
      json.quotations.find((q) => q.id === "quote.safety")!.claims.push("claim.council-denies");
    });
    const e = network(s).edges;
    expect(find(e, "person.mara-quill", "said", "group.traders")?.atoms).toEqual(["quote.safety"]);
    expect(find(e, "person.mara-quill", "denied", "group.traders")).toBeUndefined();
    expect(find(e, "body.harbour-council", "denied", "group.traders")?.atoms).toEqual(["claim.council-denies"]);
  });

  it("leaves out an edge from an entity to itself", () => {
    const s = variant((json) => {
      json.claims.find((c) => c.id === "claim.vote")!.about.push("person.mara-quill");
    });
    const e = network(s).edges;
    expect(e.filter((edge) => edge.from === edge.to)).toEqual([]);
    expect(find(e, "person.mara-quill", "said", "body.harbour-council")).toBeDefined();
  });

  it("merges the atoms of claims that justify the same edge", () => {
    const s = variant((json) => {
      const vote = json.claims.find((c) => c.id === "claim.vote")!;
      json.claims.push({ ...structuredClone(vote), id: "claim.vote-again", role: "supporting" });
    });
    expect(find(network(s).edges, "person.mara-quill", "said", "body.harbour-council")?.atoms).toEqual([
      "claim.vote",
      "claim.vote-again",
    ]);
  });

  it("draws exchange legs, brokers and sanctions", () => {
    const span = { start: 450, end: 468, exact: "The council denied" };
    const s = variant((json) => {
      for (const [id, status] of [
        ["exchange.offer", "offered"],
        ["exchange.done", "completed"],
      ] as const) {
        json.exchanges.push({
          id,
          label: "A trade",
          status,
          legs: [
            {
              from: id === "exchange.offer" ? "group.traders" : "person.ivo-brandt",
              to: "body.harbour-council",
              goods: "stalls",
              quantity: null,
              spans: [span],
            },
            { from: "body.harbour-council", to: "group.traders", goods: "a hall", quantity: null, spans: [span] },
          ],
          broker: id === "exchange.offer" ? "person.mara-quill" : null,
          facilitators: id === "exchange.done" ? ["person.mara-quill"] : [],
          time: null,
          claims: ["claim.vote"],
        });
      }
      json.sanctions.push({
        id: "sanction.fine",
        authority: ["body.harbour-council"],
        target: ["person.ivo-brandt", "group.traders"],
        reason: null,
        listed: null,
        program: null,
        provisions: null,
        basis: null,
        spans: [span],
        claims: ["claim.council-denies"],
      });
    });
    const e = network(s).edges;
    expect(find(e, "group.traders", "offered", "body.harbour-council")?.atoms).toEqual(["exchange.offer"]);
    expect(find(e, "person.ivo-brandt", "supplied", "body.harbour-council")?.atoms).toEqual(["exchange.done"]);
    expect(find(e, "person.ivo-brandt", "offered", "body.harbour-council")).toBeUndefined();
    // The council gives in both trades: offered in one, supplied in the completed one.
    expect(find(e, "body.harbour-council", "offered", "group.traders")?.atoms).toEqual(["exchange.offer"]);
    expect(find(e, "body.harbour-council", "supplied", "group.traders")?.atoms).toEqual(["exchange.done"]);
    expect(find(e, "person.mara-quill", "brokered", "group.traders")).toBeDefined();
    expect(find(e, "person.mara-quill", "brokered", "body.harbour-council")).toBeDefined();
    expect(find(e, "person.mara-quill", "facilitated", "person.ivo-brandt")?.atoms).toEqual(["exchange.done"]);
    expect(find(e, "body.harbour-council", "sanctioned", "person.ivo-brandt")?.atoms).toEqual(["sanction.fine"]);
    expect(find(e, "body.harbour-council", "sanctioned", "group.traders")?.atoms).toEqual(["sanction.fine"]);
  });

  it("draws no edge for a leg whose giver the text leaves unsaid, but still links the broker to the named party", () => {
    const span = { start: 450, end: 468, exact: "The council denied" };
    const s = variant((json) => {
      json.exchanges.push({
        id: "exchange.unsaid",
        label: "A trade with an unnamed giver",
        status: "attempted",
        legs: [
          { from: "group.traders", to: "body.harbour-council", goods: "stalls", quantity: null, spans: [span] },
          { from: null, to: "group.traders", goods: "a hall", quantity: null, spans: [span] },
        ],
        broker: "person.mara-quill",
        facilitators: [],
        time: null,
        claims: ["claim.vote"],
      });
    });
    const e = network(s).edges.filter((edge) => edge.atoms.includes("exchange.unsaid"));
    expect(e.every((edge) => typeof edge.from === "string" && typeof edge.to === "string")).toBe(true);
    expect(e.filter((edge) => edge.kind === "offered").map((edge) => [edge.from, edge.to])).toEqual([
      ["group.traders", "body.harbour-council"],
    ]);
    expect(find(e, "person.mara-quill", "brokered", "group.traders")).toBeDefined();
  });
});
