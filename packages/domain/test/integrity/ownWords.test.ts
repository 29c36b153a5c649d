import { describe, expect, it } from "vitest";
import { MAX_SHARED_WORDS, SourceRuns, normalisedWords } from "../../src/integrity/ownWords";
import { atom, committed, errorFor, indexOf, loads, paths } from "./mutate";

// A sentence of the source, thirteen words from its start: one word over the limit.
const SENTENCE = "Russia is seeking a range of weapons from North Korea to bolster its fight in Ukraine";
const firstWords = (n: number) => SENTENCE.split(" ").slice(0, n).join(" ");

describe("normalised words", () => {
  it("fold case, and treat punctuation (curly apostrophes too) as a break", () => {
    expect(normalisedWords("Russia’s offer, “quoted” — 9,000 PIECES")).toEqual([
      "russia",
      "s",
      "offer",
      "quoted",
      "9",
      "000",
      "pieces",
    ]);
    expect(normalisedWords("Russia's")).toEqual(normalisedWords("russia’s"));
  });

  it("find the longest shared run, and nothing at the limit", () => {
    const source = new SourceRuns(normalisedWords(`Intro. ${SENTENCE}, the White House charged.`));
    expect(source.longestIn(firstWords(MAX_SHARED_WORDS))).toBeNull();
    expect(source.longestIn(`We say: ${firstWords(15)} and more.`)?.length).toBe(15);
  });
});

describe("the project's prose is its own words: no run of more than 12 words of the source", () => {
  it("flags a claim text that copies 13 consecutive words, at its path", () => {
    const error = errorFor((s) => (s.claims[2].text = `${firstWords(13)}.`));
    expect(paths(error)).toEqual(["claims[2].text"]);
    expect(error.message).toContain("repeats 13 consecutive words of the source");
  });

  it("allows 12, the longest run an idiom or a name list needs", () => {
    loads((s) => (s.claims[2].text = `${firstWords(12)}, in our words.`));
  });

  it("is not fooled by case or punctuation", () => {
    const error = errorFor((s) => (s.claims[2].text = firstWords(13).toUpperCase().replaceAll(" ", ", ")));
    expect(paths(error)).toEqual(["claims[2].text"]);
  });

  it("covers every kind of project prose: summary, key points, labels, notes, descriptions, reasons, methods", () => {
    const copy = `${firstWords(14)}.`;
    const error = errorFor((s) => {
      s.summary = copy;
      s.keyPoints[0].text = copy;
      s.events[0].label = copy;
      s.notes[0].text = copy;
      s.entities[0].description = copy;
      atom(s, "sanctions", "sanction.mkrtychev").reason.text = copy;
      atom(s, "quantities", "qty.drones").derivation.method = copy;
    });
    expect(paths(error)).toEqual(
      expect.arrayContaining([
        "summary",
        "keyPoints[0].text",
        "events[0].label",
        "notes[0].text",
        "entities[0].description",
        `sanctions[${indexOf("sanctions", "sanction.mkrtychev")}].reason.text`,
        `quantities[${indexOf("quantities", "qty.drones")}].derivation.method`,
      ]),
    );
    expect(error.issues).toHaveLength(7);
  });

  it("leaves a quotation's text alone: quotations are the place for verbatim words", () => {
    const longest = Math.max(...(committed().quotations as { text: string }[]).map((q) => normalisedWords(q.text).length));
    expect(longest).toBeGreaterThan(MAX_SHARED_WORDS); // the committed story loads with long verbatim quotations
    loads(() => {});
  });
});
