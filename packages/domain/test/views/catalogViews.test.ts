import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog";
import { STORIES_DIR } from "../../src/cli/paths";
import { deriveStory } from "../../src/views/deriveStory";
import { claimDetail } from "../../src/views/claimDetail";
import { quotationDetail } from "../../src/views/quotationDetail";
import { entityDossier } from "../../src/views/entityDossier";
import { exportStory, EXPORT_FORMATS } from "../../src/views/export/exportStory";
import { atomKindOf } from "../../src/schema/ids";

// Every shipped story (arms-for-food) through every view: what must hold whatever the data says.
describe.each([...loadCatalog(STORIES_DIR).stories.values()])("views of $id", (story) => {
  const derived = deriveStory(story);
  const text = story.source.text;
  const atomIds = new Set([...Object.values(derived.lookup)].flatMap((map) => [...map.keys()]));

  it("opens every claim, quotation and entity in detail", () => {
    for (const claim of story.claims) expect(claimDetail(story, claim.id)?.excerpts.length, claim.id).toBeGreaterThan(0);
    for (const quote of story.quotations) expect(quotationDetail(story, quote.id)?.speaker, quote.id).not.toBeNull();
    for (const entity of story.entities) {
      const dossier = entityDossier(story, entity.id, derived.network.edges)!;
      expect(
        dossier.mentions.every((m) => m.part !== null),
        entity.id,
      ).toBe(true);
    }
  });

  it("annotates only exact spans, each inside its part", () => {
    for (const a of derived.annotations) {
      expect(text.slice(a.span.start, a.span.end)).toBe(a.span.exact);
      const part = derived.lookup.parts.get(a.partId ?? "")!;
      expect(part.span.start <= a.span.start && a.span.end <= part.span.end, `${a.atomId} ${a.field}`).toBe(true);
      expect(atomKindOf(a.atomId)).toBe(a.atomKind);
    }
  });

  it("justifies every network edge with atoms that exist", () => {
    expect(derived.network.edges.length).toBeGreaterThan(0);
    for (const edge of derived.network.edges) for (const atom of edge.atoms) expect(atomIds).toContain(atom);
  });

  it("puts every event on the timeline once, dated ones first and in order", () => {
    const entries = derived.timeline;
    expect(entries.map((e) => e.event.id).sort()).toEqual(story.events.map((e) => e.id).sort());
    const firstUndated = entries.findIndex((e) => e.interval === null);
    if (firstUndated !== -1) expect(entries.slice(firstUndated).every((e) => e.interval === null)).toBe(true);
    const keys = entries.flatMap((e) => (e.interval ? [(e.interval.start ?? e.interval.end)!] : []));
    expect(keys).toEqual([...keys].sort());
  });

  it("finds each named entity by its name, its match in the text", () => {
    for (const entity of story.entities.filter((e) => !e.unnamed)) {
      const hits = derived.search.search(entity.name, { kinds: ["entity"], limit: 3 });
      expect(
        hits.map((h) => h.id),
        entity.name,
      ).toContain(entity.id);
    }
    for (const hit of derived.search.search("the")) {
      if (hit.match) expect(text.slice(hit.match.start, hit.match.end)).toBe(hit.match.exact);
    }
  });

  it("exports in every format", () => {
    for (const format of EXPORT_FORMATS)
      expect(() => JSON.parse(JSON.stringify(exportStory(story, format, "test")))).not.toThrow();
    expect(exportStory(story, "claims-csv", "test").body.split("\r\n").length).toBeGreaterThan(story.claims.length);
  });
});
