import { describe, expect, it } from "vitest";
import { Attribution, Claim, Entity, Prose, Quantity, Span, TimeExpression, atomKindOf } from "../../src/index";
import { HARBOUR_DIR, readStoryInput } from "../storyFiles";

const { json } = readStoryInput(HARBOUR_DIR);

describe("the schemas refuse what the model forbids", () => {
  it("a span must end after it starts", () => {
    expect(Span.safeParse({ start: 5, end: 5, exact: "x" }).success).toBe(false);
    expect(Span.safeParse({ start: 5, end: 6, exact: "x" }).success).toBe(true);
  });

  it("a span has no room for unknown fields (a typo in a key is an error)", () => {
    expect(Span.safeParse({ start: 0, end: 1, exact: "x", sufix: "y" }).success).toBe(false);
  });

  it("an entity id must carry the prefix of its kind", () => {
    const entity = { ...json.entities[0], kind: "person" };
    const result = Entity.safeParse(entity);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["id"]);
    expect(result.error?.issues[0]?.message).toContain('must have an id starting with "person."');
  });

  it("an inferred attribution needs a reason, and a stated one has none", () => {
    expect(Attribution.safeParse({ kind: "inferred", reason: null }).success).toBe(false);
    expect(Attribution.safeParse({ kind: "stated", reason: "because" }).success).toBe(false);
    expect(Attribution.safeParse({ kind: "inferred", reason: "follows the previous quote" }).success).toBe(true);
  });

  it("a claim in the article's own voice has no claimant, and any other has one", () => {
    const claim = json.claims[0];
    expect(Claim.safeParse(claim).success).toBe(true);
    expect(Claim.safeParse({ ...claim, attribution: { kind: "article-voice", reason: null } }).success).toBe(false);
    expect(Claim.safeParse({ ...claim, claimant: null }).success).toBe(false);
  });

  it("a quantity needs a value or a range", () => {
    const quantity = { ...json.quantities[0], value: null, range: null };
    expect(Quantity.safeParse(quantity).success).toBe(false);
    expect(Quantity.safeParse({ ...quantity, range: { min: 41, max: 99 } }).success).toBe(true);
  });

  it("a normalised interval must say how it was derived", () => {
    const time = { ...json.times[0], interval: { start: "2020-01-01", end: null } };
    expect(TimeExpression.safeParse(time).success).toBe(false);
    expect(TimeExpression.safeParse({ ...time, derivation: { method: "as written", from: [] } }).success).toBe(true);
  });

  it("dates are ISO calendar dates", () => {
    const time = { ...json.times[0], interval: { start: "30/03/2023", end: null }, derivation: { method: "m", from: [] } };
    expect(TimeExpression.safeParse(time).success).toBe(false);
  });

  it("an id names its atom kind", () => {
    expect(atomKindOf("claim.x")).toBe("claim");
    expect(atomKindOf("intl.un")).toBe("entity");
    expect(atomKindOf("nonsense")).toBeUndefined();
  });

  it("keeps the project's own prose free of terminal escapes and bidirectional overrides", () => {
    expect(Prose.safeParse("Russia’s offer — “quoted”, Rengifo-Keller, 9,000 pieces, 北朝鮮").success).toBe(true);
    const escape = Prose.safeParse("Kirby \u001b[2Jsaid");
    expect(escape.error?.issues[0]?.message).toBe("must not contain control or bidirectional-override characters (U+001B at 6)");
    expect(Prose.safeParse("the \u202Eedis thgir").success).toBe(false);
    expect(Prose.safeParse("two\nlines").success).toBe(false);
  });
});
