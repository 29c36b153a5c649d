import { describe, expect, it } from "vitest";
import { createStorySearch } from "../../src/views/search/storySearch";
import { SEARCH_KINDS } from "../../src/views/search/documents";
import { processTerm } from "../../src/views/search/terms";
import { annotations } from "../../src/views/annotations";
import { story, variant } from "./fixture";

describe("createStorySearch", () => {
  const index = createStorySearch(story);

  it("indexes every atom of every kind", () => {
    const atoms = [
      story.entities,
      story.claims,
      story.quotations,
      story.events,
      story.times,
      story.quantities,
      story.notes,
      story.keyPoints,
    ];
    expect(index.size).toBe(atoms.reduce((n, list) => n + list.length, 0));
  });

  it("finds Quill as an entity and as a quotation, with a span holding the name", () => {
    const hits = index.search("Quill");
    expect(hits[0]).toMatchObject({ kind: "entity", id: "person.mara-quill", title: "Mara Quill" });
    const quote = hits.find((h) => h.kind === "quotation");
    expect(quote?.id).toBe("quote.safety");
    expect(quote?.match?.exact).toContain("Quill");
    const matched = hits.filter((h) => h.match !== null);
    expect(matched.map((h) => h.id)).toEqual(expect.arrayContaining(["person.mara-quill", "quote.safety"]));
    for (const hit of matched) expect(hit.match!.exact.toLowerCase(), hit.id).toContain("quill");
  });

  it("gives a hit a match holding one of its terms, and no match only when its own spans hold none", () => {
    const hits = index.search("Quill council market");
    expect(hits.filter((h) => h.match !== null).length).toBeGreaterThan(1);
    const spansOf = (id: string) =>
      annotations(story)
        .filter((a) => a.atomId === id)
        .map((a) => a.span.exact.toLowerCase());
    for (const hit of hits) {
      const holds = (text: string) => hit.terms.some((term) => text.toLowerCase().includes(term));
      if (hit.match !== null) expect(holds(hit.match.exact), `${hit.id} match`).toBe(true);
      else expect(spansOf(hit.id).some(holds), `${hit.id} has a span with a term but no match`).toBe(false);
    }
  });

  it("matches prefixes and a light typo, reporting the indexed term", () => {
    expect(index.search("Qui")[0]?.id).toBe("person.mara-quill");
    const typo = index.search("Brant"); // one letter short of Brandt
    expect(typo[0]?.id).toBe("person.ivo-brandt");
    expect(typo[0]?.terms).toEqual(["brandt"]);
  });

  it("ranks hits by score", () => {
    const scores = index.search("council").map((h) => h.score);
    expect(scores.length).toBeGreaterThan(2);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("finds atoms of other kinds by their words", () => {
    expect(index.search("stalls").map((h) => h.id)).toContain("qty.stalls");
    expect(index.search("Monday")[0]).toMatchObject({ kind: "time", id: "time.monday", match: { exact: "on Monday" } });
    const point = index.search("consulted", { kinds: ["keyPoint"] });
    expect(point.map((h) => h.id)).toEqual(["point.objection"]);
    expect(point[0]!.match).toBeNull(); // a key point has no span
  });

  it("filters by kind", () => {
    const quotes = index.search("Quill", { kinds: ["quotation"] });
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((h) => h.kind === "quotation")).toBe(true);
    expect(index.search("Quill", { kinds: ["sanction", "exchange"] })).toEqual([]);
    expect(new Set(index.search("council", { kinds: ["claim", "event"] }).map((h) => h.kind))).toEqual(
      new Set(["claim", "event"]),
    );
  });

  it("respects a limit, and 20 by default", () => {
    expect(index.search("council", { limit: 1 })).toHaveLength(1);
    expect(index.search("council", { limit: 0 })).toEqual([]);
    const many = variant((json) => {
      for (let i = 0; i < 25; i++)
        json.keyPoints.push({ id: `point.extra-${i}`, text: `Harbour note ${i}`, claims: ["claim.vote"] });
    });
    expect(createStorySearch(many).search("harbour")).toHaveLength(20);
    expect(createStorySearch(many).search("harbour", { limit: 100 }).length).toBeGreaterThan(25);
  });

  it("returns nothing for an empty, blank or unmatched query, without throwing", () => {
    expect(index.search("")).toEqual([]);
    expect(index.search("   \t\n")).toEqual([]);
    expect(index.search("!!!")).toEqual([]);
    expect(index.search("zzzqqq")).toEqual([]);
  });

  it("prefers atoms holding every word, falling back to any word", () => {
    const both = index.search("Brandt consulted");
    expect(both.map((h) => h.id)).toEqual(["claim.not-consulted"]);
    expect(index.search("Brandt zzzqqq").map((h) => h.id)).toContain("person.ivo-brandt");
  });

  it("only returns known kinds", () => {
    for (const hit of index.search("the")) expect(SEARCH_KINDS).toContain(hit.kind);
  });

  it("normalises terms: lower case, accents folded, lone letters dropped", () => {
    expect(processTerm("Quill")).toBe("quill");
    expect(processTerm("Café")).toBe("cafe");
    expect(processTerm("a")).toBeNull();
    expect(processTerm("9")).toBe("9");
  });

  it("ranks an entity found by its alias above atoms that merely use the word", () => {
    const s = variant((json) => {
      json.entities.find((e) => e.id === "group.traders")!.aliases.push("the stalls");
    });
    const hits = createStorySearch(s).search("stalls");
    expect(hits[0]?.id).toBe("group.traders");
    expect(hits.map((h) => h.id)).toContain("qty.stalls");
  });
});
