import { describe, expect, it } from "vitest";
import * as domain from "../../src/index";
import { story } from "./fixture";

describe("deriveStory", () => {
  const derived = domain.deriveStory(story);

  it("holds every whole-story view of this story, each covering all of it", () => {
    expect(derived.story).toBe(story);
    expect(derived.overview.title).toBe(story.title);
    expect(derived.overview.counts.claims).toBe(story.claims.length);
    expect(derived.timeline.map((entry) => entry.event.id).sort()).toEqual(story.events.map((event) => event.id).sort());
    expect(derived.claimsByStatus.flatMap((group) => group.claims).length).toBe(story.claims.length);
    const entityIds = new Set(story.entities.map((entity) => entity.id));
    expect(derived.network.nodes.length).toBeGreaterThan(0);
    for (const node of derived.network.nodes) expect(entityIds).toContain(node.id);
    // Every quotation's every appearance is a span the source view can highlight.
    const quoted = derived.annotations.filter(
      (annotation) => annotation.atomKind === "quotation" && /^appearances\[\d+\]\.span$/.test(annotation.field),
    );
    expect(quoted.length).toBe(story.quotations.reduce((n, quotation) => n + quotation.appearances.length, 0));
  });

  it("keeps a working search and lookup maps by id", () => {
    expect(derived.search.search("Quill")[0]?.id).toBe("person.mara-quill");
    expect(derived.lookup.claims.get("claim.vote")?.status).toBe("official-action");
    expect(derived.lookup.entities.get("group.traders")?.name).toBe("Market traders");
    expect(derived.lookup.parts.get("part.body-3")?.kind).toBe("body");
    expect(derived.lookup.claims.size).toBe(story.claims.length);
    expect(derived.lookup.claims.get("quote.safety")).toBeUndefined();
  });

  it("is exported from the package's public face with the contract's names", () => {
    for (const name of [
      "deriveStory",
      "overview",
      "filterClaims",
      "claimDetail",
      "quotationDetail",
      "entityDossier",
      "timeline",
      "network",
      "claimsByStatus",
      "annotations",
      "partOf",
      "createStorySearch",
      "exportStory",
    ]) {
      expect(typeof (domain as Record<string, unknown>)[name], name).toBe("function");
    }
    expect(domain.EXPORT_FORMATS).toContain("jsonld");
  });
});
