import { describe, expect, it } from "vitest";
import { draftStory } from "../../src/draft/draftStory";
import { reviewReport } from "../../src/draft/report";

describe("the review report", () => {
  it("marks proposals in place, nesting a quantity inside a quotation with the same span", () => {
    const text = "Fleet losses\nAnna Berg said the fleet had lost “40 boats” on Monday.\n";
    const report = reviewReport(text, draftStory(text, { slug: "t" }));
    expect(report).toContain(
      "body       [Anna Berg|person.anna-berg] said the fleet had lost “⟦Q1 <40 boats|40 boats>⟧(Anna Berg, partial)” {on Monday|time}.",
    );
    expect(report.indexOf("headline")).toBeLessThan(report.indexOf("body"));
  });

  it("lists what to review, inferred speakers with their reason", () => {
    const text = "Talks\nMaria Olsen spoke first.\n“We will keep talking,” she said.\n";
    const report = reviewReport(text, draftStory(text, { slug: "t" }));
    expect(report).toMatch(/To review \(\d+\)/);
    expect(report).toMatch(
      /speaker Maria Olsen inferred — The attribution names no one: "she" read as the last person named before it\./,
    );
  });

  it("never passes a control character from the article to the terminal", () => {
    const text = "Alert\u001b[31m red\nThe port said \u202eit was closed.\n";
    const report = reviewReport(text, draftStory(text, { slug: "t" }));
    expect(report.includes("\u001b") || report.includes("\u202e")).toBe(false);
    expect(report).toContain("Alert�[31m red");
  });
});
