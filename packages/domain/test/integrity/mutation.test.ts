import { describe, expect, it } from "vitest";
import { parseStory } from "../../src/index";
import { ARMS_FOR_FOOD_DIR, readStoryInput } from "../storyFiles";
import { errorFor, paths, type Json } from "./mutate";

describe("checkStory catches every kind of corruption, at the right JSON path", () => {
  it("accepts the story as committed", () => {
    const input = readStoryInput(ARMS_FOR_FOOD_DIR);
    expect(parseStory(input).claims.length).toBe(input.json.claims.length);
  });

  it("a duplicated id", () => {
    const error = errorFor((s) => (s.claims[1].id = s.claims[0].id));
    expect(paths(error)).toContain("claims[1].id");
    expect(error.issues[0]!.reason).toContain(`already used at claims[0]`);
  });

  it("a reference to nothing", () => {
    const error = errorFor((s) => (s.claims[2].claimant = "person.nobody-at-all"));
    expect(paths(error)).toEqual(["claims[2].claimant"]);
    expect(error.message).toContain("person.nobody-at-all does not resolve");
  });

  it("a reference of the wrong kind (caught by the schema)", () => {
    const error = errorFor((s) => (s.events[0].claims = ["quote.kirby-un-violation"]));
    expect(paths(error)).toEqual(["events[0].claims[0]"]);
  });

  it("a span whose exact text differs from the source", () => {
    const error = errorFor((s) => (s.quotations[0].appearances[0].span.exact = "Any arms deal between South Korea"));
    expect(paths(error)).toContain("quotations[0].appearances[0].span.exact");
  });

  it("a span whose offsets slipped by one", () => {
    const error = errorFor((s) => {
      s.entities[0].mentions[1].span.start += 1;
      s.entities[0].mentions[1].span.end += 1;
    });
    expect(paths(error)).toEqual(["entities[0].mentions[1].span.exact"]);
  });

  it("a span past the end of the text", () => {
    const error = errorFor((s, text) => {
      s.notes[0].spans[0].start = text.length + 1;
      s.notes[0].spans[0].end = text.length + 5;
    });
    expect(paths(error)).toEqual(["notes[0].spans[0].end"]);
  });

  it("a repeated quote without the prefix that singles it out", () => {
    const error = errorFor((s) => delete s.quotations[0].appearances[1].span.prefix);
    expect(paths(error)).toEqual(["quotations[0].appearances[1].span"]);
    expect(error.message).toMatch(/occurs 2 times/);
  });

  it("a prefix that is not the text before the span", () => {
    const error = errorFor((s) => (s.quotations[0].appearances[1].span.prefix = "nonsense "));
    expect(paths(error)).toEqual(["quotations[0].appearances[1].span.prefix"]);
  });

  it("a span that runs across two parts", () => {
    const error = errorFor((s, text) => {
      const span = s.claims[0].appearances[0].spans[0];
      span.end = s.source.parts[1].span.start + 8;
      span.exact = text.slice(span.start, span.end);
    });
    expect(paths(error)).toEqual(["claims[0].appearances[0].spans[0]"]);
  });

  it("an orphan entity", () => {
    let index = -1;
    const error = errorFor((s) => {
      const copy = structuredClone(s.entities[2]);
      copy.id = "person.orphan";
      index = s.entities.push(copy) - 1;
    });
    expect(paths(error)).toContain(`entities[${index}].id`);
    expect(error.message).toContain("person.orphan is an orphan");
  });

  it("an orphan time expression", () => {
    const error = errorFor((s) => {
      for (const claim of s.claims) claim.times = claim.times.filter((t: string) => t !== "time.1990s");
      for (const event of s.events) if (event.time === "time.1990s") event.time = null;
    });
    const index = readStoryInput(ARMS_FOR_FOOD_DIR).json.times.findIndex((t: Json) => t.id === "time.1990s");
    expect(paths(error)).toEqual([`times[${index}].id`]);
  });

  it("an interval that ends before it starts", () => {
    const error = errorFor((s) => (s.times[0].interval = { start: "2023-03-31", end: "2023-03-30" }));
    expect(paths(error)).toEqual(["times[0].interval"]);
  });

  it("a range whose minimum exceeds its maximum", () => {
    const error = errorFor((s) => {
      const drones = s.quantities.find((q: Json) => q.id === "qty.drones");
      drones.range = { min: 999, max: 200 };
    });
    expect(paths(error)[0]).toMatch(/^quantities\[\d+\]\.range$/);
  });

  it("a quotation appearance that does not quote the quotation's text", () => {
    const error = errorFor((s) => (s.quotations[1].text = "more than two dozen weapons"));
    expect(paths(error)).toEqual(["quotations[1].appearances[0].span.exact"]);
  });

  it("overlapping parts", () => {
    const error = errorFor((s, text) => {
      const part = s.source.parts[2];
      part.span.start -= 3;
      part.span.exact = text.slice(part.span.start, part.span.end);
    });
    expect(paths(error)).toContain("source.parts[2].span.start");
  });

  it("a value outside the schema, with the schema's path", () => {
    const error = errorFor((s) => (s.claims[4].status = "rumour"));
    expect(paths(error)).toEqual(["claims[4].status"]);
  });

  it("an inferred attribution without a reason", () => {
    const error = errorFor((s) => {
      const claim = s.claims.find((c: Json) => c.attribution.kind === "inferred");
      claim.attribution.reason = null;
    });
    expect(paths(error)[0]).toMatch(/^claims\[\d+\]\.attribution\.reason$/);
  });

  it("an orphan quotation: it carries no claim and nothing refers to it", () => {
    const error = errorFor((s) => (s.quotations[2].claims = []));
    expect(paths(error)).toEqual(["quotations[2].claims"]);
  });

  it("a claim related to itself", () => {
    const error = errorFor((s) => s.claims[3].related.push({ claim: s.claims[3].id, relation: "supports" }));
    expect(paths(error)).toEqual([`claims[3].related[${readStoryInput(ARMS_FOR_FOOD_DIR).json.claims[3].related.length}].claim`]);
  });

  it("one stretch of text given as a mention of two entities", () => {
    const error = errorFor((s) => s.entities[1].mentions.push(structuredClone(s.entities[0].mentions[0])));
    const index = readStoryInput(ARMS_FOR_FOOD_DIR).json.entities[1].mentions.length;
    expect(paths(error)).toEqual([`entities[1].mentions[${index}].span`]);
    expect(error.message).toContain(`already a mention of ${readStoryInput(ARMS_FOR_FOOD_DIR).json.entities[0].id}`);
  });

  it("an appearance listed twice", () => {
    const error = errorFor((s) => s.quotations[0].appearances.push(structuredClone(s.quotations[0].appearances[0])));
    expect(paths(error)).toEqual(["quotations[0].appearances[2]"]);
  });

  it("an external fact about a field its atom does not have", () => {
    const error = errorFor((s) => (s.externalFacts[0].about[0].field = "weekday"));
    expect(paths(error)).toEqual(["externalFacts[0].about[0].field"]);
    expect(error.message).toContain("has no field named weekday");
  });

  it("a hostile string in the project's own prose", () => {
    const error = errorFor((s) => (s.keyPoints[1].text = "Fine \u001b]0;pwned\u0007 text"));
    expect(paths(error)).toEqual(["keyPoints[1].text"]);
    expect(error.message).toContain("U+001B at 5");
  });

  it("says where and why in one sentence", () => {
    const error = errorFor((s) => (s.claims[2].claimant = "person.nobody-at-all"));
    expect(error.message).toBe(
      "arms-for-food/story.json at claims[2].claimant: person.nobody-at-all does not resolve to any atom of the story.",
    );
    expect(error.message.split("\n")).toHaveLength(1);
  });
});
