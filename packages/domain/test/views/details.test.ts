import { describe, expect, it } from "vitest";
import { claimDetail } from "../../src/views/claimDetail";
import { quotationDetail } from "../../src/views/quotationDetail";
import { entityDossier } from "../../src/views/entityDossier";
import { loadStoryDir } from "../../src/catalog";
import { ARMS_FOR_FOOD_DIR } from "../storyFiles";
import { story } from "./fixture";

const text = story.source.text;

describe("claimDetail", () => {
  it("is null for an unknown id, or an id of another kind", () => {
    expect(claimDetail(story, "claim.nothing")).toBeNull();
    expect(claimDetail(story, "quote.safety")).toBeNull();
  });

  it("resolves the claimant entity", () => {
    expect(claimDetail(story, "claim.vote")!.claimant?.name).toBe("Mara Quill");
    expect(claimDetail(story, "claim.protest-planned")!.claimant).toBeNull(); // article voice
  });

  it("gives each span with its part and surrounding text that stays inside the part", () => {
    const [excerpt] = claimDetail(story, "claim.council-denies")!.excerpts;
    expect(excerpt!.span.exact).toBe("it had ignored the traders");
    expect(excerpt!.part).toEqual({ id: "part.body-3", kind: "body" });
    expect(excerpt!.before).toBe("The council denied that ");
    expect(excerpt!.after).toBe(".");
    expect(excerpt!.reportingVerb?.exact).toBe("denied");
    expect(excerpt!.attributed).toBe(true);
  });

  it("keeps context short and cut at a word in a long part", () => {
    const detail = claimDetail(story, "claim.not-consulted")!;
    const { before, span, after } = detail.excerpts[0]!;
    expect(detail.excerpts[0]!.part?.id).toBe("part.body-2");
    expect(text).toContain(before + span.exact + after);
    expect(before.length).toBeLessThanOrEqual(60);
    expect(before).toMatch(/^\S/);
    expect(text[span.start - before.length - 1]).toMatch(/\s/); // cut at a word boundary
    expect(before.startsWith("“")).toBe(false); // the part's opening quotation is more than 60 characters away
  });

  it("resolves related claims in both directions", () => {
    const related = claimDetail(story, "claim.not-consulted")!.related;
    expect(related).toContainEqual({
      claim: { id: "claim.vote", text: "The council voted to close the fish market.", status: "official-action" },
      relation: "contrasts",
      direction: "outgoing",
    });
    expect(related.map((r) => [r.claim.id, r.relation, r.direction])).toContainEqual([
      "claim.council-denies",
      "contrasts",
      "incoming",
    ]);

    const vote = claimDetail(story, "claim.vote")!.related;
    expect(vote.filter((r) => r.direction === "outgoing")).toEqual([]);
    expect(vote.map((r) => [r.claim.id, r.relation])).toEqual(
      expect.arrayContaining([
        ["claim.unsafe", "supports"],
        ["claim.not-consulted", "contrasts"],
      ]),
    );
  });

  it("lists the quotations that carry it and the events that rest on it", () => {
    expect(claimDetail(story, "claim.unsafe")!.quotations.map((q) => q.id)).toEqual(["quote.safety"]);
    expect(claimDetail(story, "claim.vote")!.events.map((e) => e.id)).toEqual(["event.vote"]);
    expect(claimDetail(story, "claim.council-denies")!.quotations).toEqual([]);
  });
});

describe("quotationDetail", () => {
  it("is null for an unknown id", () => {
    expect(quotationDetail(story, "quote.nothing")).toBeNull();
    expect(quotationDetail(story, "claim.vote")).toBeNull();
  });

  it("resolves speaker, appearances with part and reporting verb, and claims", () => {
    const detail = quotationDetail(story, "quote.safety")!;
    expect(detail.speaker?.id).toBe("person.mara-quill");
    expect(detail.medium).toBeNull();
    expect(detail.appearances).toHaveLength(1);
    const [appearance] = detail.appearances;
    expect(appearance!.part).toEqual({ id: "part.body-2", kind: "body" });
    expect(appearance!.reportingVerb?.exact).toBe("said");
    expect(appearance!.before).toBe("“");
    expect(appearance!.after.startsWith("” Quill said.")).toBe(true);
    expect(detail.claims.map((c) => c.id)).toEqual(["claim.unsafe"]);
  });
});

describe("who passed the words on (attribution.relay)", () => {
  it("shows on the claim, the quotation and the relaying entity's dossier", () => {
    const arms = loadStoryDir(ARMS_FOR_FOOD_DIR).story;
    const relayedClaims = arms.claims.filter((claim) => claim.attribution.relay);
    expect(relayedClaims.length).toBeGreaterThan(0);
    for (const claim of relayedClaims) {
      const detail = claimDetail(arms, claim.id)!;
      expect(detail.relay?.id).toBe(claim.attribution.relay!.via);
      const dossier = entityDossier(arms, claim.attribution.relay!.via)!;
      expect(dossier.relayed.claims.map((ref) => ref.id)).toContain(claim.id);
    }
    for (const quote of arms.quotations) {
      expect(quotationDetail(arms, quote.id)!.relay?.id ?? null).toBe(quote.attribution.relay?.via ?? null);
    }
    const unrelayed = arms.claims.find((claim) => !claim.attribution.relay)!;
    expect(claimDetail(arms, unrelayed.id)!.relay).toBeNull();
  });
});
