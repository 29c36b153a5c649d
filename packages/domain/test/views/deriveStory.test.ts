import { describe, expect, it } from "vitest";
import * as domain from "../../src/index";
import { story } from "./fixture";

describe("deriveStory", () => {
  const derived = domain.deriveStory(story);

  it("holds each whole-story view, equal to computing it alone", () => {
    expect(derived.story).toBe(story);
    expect(derived.overview).toEqual(domain.overview(story));
    expect(derived.timeline).toEqual(domain.timeline(story));
    expect(derived.network).toEqual(domain.network(story));
    expect(derived.claimsByStatus).toEqual(domain.claimsByStatus(story));
    expect(derived.annotations).toEqual(domain.annotations(story));
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
      "deriveStory", "overview", "filterClaims", "claimDetail", "quotationDetail", "entityDossier", "timeline",
      "network", "claimsByStatus", "annotations", "partOf", "createStorySearch", "exportStory",
    ]) {
      expect(typeof (domain as Record<string, unknown>)[name], name).toBe("function");
    }
    expect(domain.EXPORT_FORMATS).toContain("jsonld");
  });
});
