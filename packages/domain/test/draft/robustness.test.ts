import { describe, expect, it } from "vitest";
import { draftStory } from "../../src/draft/draftStory";
import { openStory } from "../../src/load/openStory";

/** Texts that break naive quote and name handling; each draft must still pass every check. */
const AWKWARD: Record<string, string> = {
  "an unbalanced straight quote": 'Strike ends\nThe union said "it is over.\nAnother line with a " stray mark.\n',
  "a quote mark alone at a line end": "Strike ends\nHe said “\n“\n",
  "apostrophes that look like single quotes":
    "Strike ends\nThe workers' union said the port's 'last offer' stood, and Anna Berg's team agreed.\n",
  "a repeated sentence": "Talks\n“We agree,” Anna Berg said.\n“We agree,” Anna Berg said.\n",
  "Windows line ends and a dash-only line": "Talks resume\r\n- \r\n“Yes,” said Tomas Lind on Monday.\r\n",
  "nothing but a headline": "Just a headline with no body",
  "numbers everywhere":
    "Budget\nIn 2024 about 3.5 million people, 40% of them under 18, got $1,200 each; 2 of the 9 judges and hundreds of thousands of voters disagreed.\n",
  "nested quotation marks": "Talks\n“He told me ‘never again’, and I believed him,” said Maria Olsen.\n",
};

describe("the draft of an awkward text still passes schema validation and span verification", () => {
  for (const [name, text] of Object.entries(AWKWARD)) {
    it(name, () => {
      const { story } = draftStory(text, { slug: "awkward", published: "2025-01-15" });
      expect(() =>
        openStory({ folder: "awkward", shown: "awkward/story.json", json: JSON.parse(JSON.stringify(story)), text }),
      ).not.toThrow();
    });
  }

  it("keeps an inner single quotation inside the outer one instead of splitting it", () => {
    const text = AWKWARD["nested quotation marks"]!;
    const { proposals } = draftStory(text, { slug: "awkward" });
    expect(proposals.quotations.map((q) => text.slice(q.start, q.end))).toEqual([
      "He told me ‘never again’, and I believed him,",
    ]);
  });

  it("refuses a text with no words, in a sentence", () => {
    expect(() => draftStory(" \n\n", { slug: "empty" })).toThrow("the source text has no line with words on it");
  });
});
