import { describe, expect, it } from "vitest";
import { draftStory } from "../../src/draft/draftStory";
import { gazetteerFrom } from "../../src/draft/gazetteer";
import { labelledFromDraft, score, TARGETS } from "../../src/draft/score";
import { openStory } from "../../src/load/openStory";
import { shippedCatalog } from "../../src/shipped";
import { armsForFood, handAnnotated } from "../gold/goldSet";

const arms = armsForFood();
// Drafted as a new article: its own entities are left out of the gazetteer.
const gazetteer = gazetteerFrom(shippedCatalog().stories.values(), ["arms-for-food"]);
const draft = draftStory(arms.text, { slug: "arms-draft", published: "2023-03-30", gazetteer });
const figures = score(arms.gold, labelledFromDraft(draft.proposals));

describe("drafting arms-for-food against its own story file", () => {
  it("leaves arms-for-food's entities out of the gazetteer it is scored with", () => {
    expect(gazetteer.some((e) => e.id === "person.john-kirby")).toBe(false);
    expect(draft.proposals.entities.every((e) => e.source !== "gazetteer")).toBe(true);
  });

  it("finds the quotations with exact spans above the target", () => {
    expect(figures.quotations.f1).toBeGreaterThanOrEqual(TARGETS.quotations);
  });

  it("gives the found quotations their gold speakers above the target", () => {
    expect(figures.speakers.found).toBeGreaterThan(0);
    expect(figures.speakers.accuracy).toBeGreaterThanOrEqual(TARGETS.speakers);
  });

  it("finds entity mentions, time expressions and quantities above their targets", () => {
    expect(figures.mentions.f1).toBeGreaterThanOrEqual(TARGETS.mentions);
    expect(figures.times.f1).toBeGreaterThanOrEqual(TARGETS.times);
    expect(figures.quantities.f1).toBeGreaterThanOrEqual(TARGETS.quantities);
  });

  it("writes a story file that passes schema validation and span verification", () => {
    expect(() =>
      openStory({
        folder: "arms-draft",
        shown: "arms-draft/story.json",
        json: JSON.parse(JSON.stringify(draft.story)),
        text: arms.text,
      }),
    ).not.toThrow();
  });
});

describe("drafting the hand-annotated articles", () => {
  for (const article of handAnnotated()) {
    it(`drafts ${article.slug} into a valid story file`, () => {
      const d = draftStory(article.text, {
        slug: article.slug,
        ...(article.published ? { published: article.published } : {}),
        gazetteer: gazetteerFrom(shippedCatalog().stories.values()),
      });
      expect(() =>
        openStory({
          folder: article.slug,
          shown: `${article.slug}/story.json`,
          json: JSON.parse(JSON.stringify(d.story)),
          text: article.text,
        }),
      ).not.toThrow();
    });
  }
});
