import { describe, expect, it } from "vitest";
import { loadStoryDir } from "../../src/catalog";
import { ARMS_FOR_FOOD_DIR } from "../storyFiles";

// The points of the editor's review of the arms-for-food story, each checked against the text.
const { story } = loadStoryDir(ARMS_FOR_FOOD_DIR);
const claim = (id: string) => story.claims.find((c) => c.id === id)!;
const partOf = (start: number) => story.source.parts.find((p) => p.span.start <= start && start < p.span.end)!;

describe("the editor's review of arms-for-food", () => {
  it("records the headline's 'striking a deal' as the article's framing, with the note, not as a White House charge", () => {
    const deal = claim("claim.deal-struck");
    expect(deal).toMatchObject({ claimant: null, attribution: { kind: "article-voice" }, status: "editorial" });
    expect(deal.appearances.map((a) => partOf(a.spans[0]!.start).kind)).toEqual(["headline"]);
    // The body's White House charge is about seeking, and Kirby's deal is proposed.
    expect(claim("claim.weapons-sought").appearances.some((a) => a.reportingVerb?.exact === "charged")).toBe(true);
    const note = story.notes.find((n) => n.atoms.includes("claim.deal-struck") && n.kind === "headline-body-difference");
    expect(note?.spans.map((s) => s.exact)).toEqual(
      expect.arrayContaining(["striking arms-for-food deal", "Under this proposed deal"]),
    );
  });

  it("keeps a sentence told plainly out of a conditional claim", () => {
    const conditional = story.claims.filter((c) => c.modality === "conditional");
    const told = conditional.flatMap((c) => c.appearances.flatMap((a) => a.spans.map((s) => s.exact)));
    expect(told.some((exact) => exact.startsWith("Moscow was looking for"))).toBe(false);
    const plain = story.claims.find((c) => c.appearances.some((a) => a.spans[0]!.exact.startsWith("Moscow was looking for")))!;
    expect(plain).toMatchObject({ claimant: "person.john-kirby", modality: "asserted" });
  });

  it("says North Korea's denial reaches the reader through Kirby", () => {
    const denial = claim("claim.north-korea-denies");
    expect(denial.claimant).toBe("country.north-korea");
    expect(denial.attribution.relay).toMatchObject({ via: "person.john-kirby", span: { exact: "We have taken note of" } });
  });

  it("records the Treasury's statement as the in-text source of the closing quotations, Yellen as inferred speaker", () => {
    const closing = story.quotations.filter((q) => q.speaker === "person.janet-yellen");
    expect(closing).toHaveLength(2);
    for (const quote of closing) {
      expect(quote.attribution.kind).toBe("inferred");
      expect(quote.attribution.relay).toMatchObject({ via: "body.us-treasury", span: { exact: "the statement" } });
    }
    expect(JSON.stringify(story.notes)).not.toMatch(/never introduce/);
  });

  it("tells attempts as attempts", () => {
    for (const id of ["claim.mkrtychev-scheme", "claim.russian-citizen-planes", "claim.mkrtychev-tried-to-broker"]) {
      expect(claim(id).modality, id).toBe("attempted");
    }
  });

  it("marks inferred appearances with no verb of their own as unattributed, alike", () => {
    const inferred = story.claims.filter((c) => c.attribution.kind === "inferred").flatMap((c) => c.appearances);
    const verbless = inferred.filter((a) => a.reportingVerb === null);
    expect(verbless.length).toBeGreaterThanOrEqual(2);
    expect(verbless.every((a) => !a.attributed)).toBe(true);
  });

  it("gives every sanction the text speaks of a sanction atom, and names no target the text leaves out", () => {
    const covered = (at: number) => story.sanctions.some((s) => s.spans.some((span) => span.start <= at && at < span.end));
    const mentioned = [...story.source.text.matchAll(/sanctions/g)].map((m) => m.index);
    expect(mentioned).toHaveLength(4);
    for (const at of mentioned) expect(covered(at), `"sanctions" at ${at}`).toBe(true);
    for (const law of story.instruments) expect(law.name, law.id).not.toMatch(/on Russia/);
  });

  it("records the inferred targets and authorities in notes", () => {
    for (const id of ["sanction.multilateral", "sanction.western-sanctions"]) {
      expect(story.sanctions.find((s) => s.id === id)!.target).toEqual(["country.russia"]);
      expect(
        story.notes.some((n) => n.kind === "ambiguity" && n.atoms.includes(id)),
        id,
      ).toBe(true);
    }
  });

  it("counts 'most foreign trade' as a share, with its derivation", () => {
    const share = story.quantities.find((q) => q.spans.some((span) => span.exact === "most foreign trade"));
    expect(share).toMatchObject({ value: null, range: { min: 50, max: 100 }, unit: "percent" });
    expect(share?.derivation?.method).toMatch(/more than half/);
  });

  it("does not call the body's count of types larger than the standfirst's count of weapons", () => {
    const note = story.notes.find((n) => n.atoms.includes("qty.bullet-weapons"))!;
    expect(note.text).not.toMatch(/larger|smaller|more weapons/);
    expect(note.text).toMatch(/different things/);
  });
});
