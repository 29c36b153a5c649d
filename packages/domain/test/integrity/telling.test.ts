import { describe, expect, it } from "vitest";
import { MODALITIES_BY_EVENT_MODE } from "../../src/integrity/telling";
import { EVENT_MODES } from "../../src/vocabulary";
import { atom, committed, errorFor, indexOf, loads, paths } from "./mutate";

const at = (id: string) => `claims[${indexOf("claims", id)}]`;

describe("a claim's modality agrees with the events it tells of", () => {
  it("has a row for every event mode, and hedged fits each", () => {
    expect(Object.keys(MODALITIES_BY_EVENT_MODE).sort()).toEqual([...EVENT_MODES].sort());
    for (const allowed of Object.values(MODALITIES_BY_EVENT_MODE)) expect(allowed).toContain("hedged");
  });

  it("flags an attempt told as plainly asserted", () => {
    const error = errorFor((s) => (atom(s, "claims", "claim.mkrtychev-scheme").modality = "asserted"));
    expect(paths(error)).toEqual([`${at("claim.mkrtychev-scheme")}.modality`]);
    expect(error.message).toContain("tells of event.mkrtychev-scheme, whose mode is attempted");
  });

  it("flags a plan told as done, and a deed told as a plan", () => {
    const error = errorFor((s) => {
      atom(s, "claims", "claim.china-sale-reported").modality = "asserted"; // its event is planned
      atom(s, "claims", "claim.food-crisis").modality = "future"; // its event (the famine) is historical
    });
    expect(paths(error)).toEqual([`${at("claim.food-crisis")}.modality`, `${at("claim.china-sale-reported")}.modality`]);
  });

  it("accepts a hedged claim about an attempt", () => {
    loads((s) => (atom(s, "claims", "claim.mkrtychev-scheme").modality = "hedged"));
  });

  it("lets a denial tell of the act of denying, but no other negated claim tell of something that happened", () => {
    const story = committed(); // the committed denial is negated and tells of North Korea's (historical) statements
    expect(atom(story, "claims", "claim.north-korea-denies").modality).toBe("negated");
    expect(atom(story, "events", "event.north-korea-rejects-supply")).toMatchObject({
      mode: "historical",
      claims: ["claim.north-korea-denies"],
    });
    const error = errorFor((s) => (atom(s, "events", "event.china-sale-not-made").mode = "historical"));
    expect(paths(error)).toEqual([`${at("claim.no-china-sale")}.modality`]);
  });
});

describe("an appearance is attributed exactly when it carries the words that attribute it", () => {
  it("flags an attributed appearance with no reporting verb", () => {
    const error = errorFor((s) => (atom(s, "claims", "claim.russian-citizen-planes").appearances[0].attributed = true));
    expect(paths(error)).toEqual([`${at("claim.russian-citizen-planes")}.appearances[0].attributed`]);
  });

  it("flags an appearance with a reporting verb that says it is unattributed", () => {
    const error = errorFor((s) => (atom(s, "claims", "claim.food-offered").appearances[1].attributed = false));
    expect(paths(error)).toEqual([`${at("claim.food-offered")}.appearances[1].attributed`]);
  });
});

describe("a quantity's range says how it was derived", () => {
  it("flags a range with no derivation", () => {
    const error = errorFor((s) => delete atom(s, "quantities", "qty.drones").derivation);
    expect(paths(error)).toEqual([`quantities[${indexOf("quantities", "qty.drones")}].derivation`]);
  });

  it("flags a derivation on an exact value", () => {
    const error = errorFor((s) => (atom(s, "quantities", "qty.fence-distance").derivation = { method: "as written", from: [] }));
    expect(paths(error)).toEqual([`quantities[${indexOf("quantities", "qty.fence-distance")}].derivation`]);
  });
});

describe("a relay names who passes someone else's words on", () => {
  it("resolves like any reference", () => {
    const error = errorFor((s) => (atom(s, "claims", "claim.north-korea-denies").attribution.relay.via = "person.nobody-at-all"));
    expect(paths(error)).toEqual([`${at("claim.north-korea-denies")}.attribution.relay.via`]);
  });

  it("quotes the source at its span", () => {
    const error = errorFor((s) => (atom(s, "claims", "claim.north-korea-denies").attribution.relay.span.exact = "We have noted"));
    expect(paths(error)).toEqual([`${at("claim.north-korea-denies")}.attribution.relay.span.exact`]);
  });

  it("is never the claimant or speaker itself", () => {
    const error = errorFor((s) => {
      atom(s, "claims", "claim.north-korea-denies").attribution.relay.via = "country.north-korea";
      atom(s, "quotations", "quote.yellen-last-resort").attribution.relay.via = "person.janet-yellen";
    });
    expect(paths(error)).toEqual([
      `${at("claim.north-korea-denies")}.attribution.relay.via`,
      `quotations[${indexOf("quotations", "quote.yellen-last-resort")}].attribution.relay.via`,
    ]);
    expect(error.message).toContain("country.north-korea cannot relay its own words");
  });
});
