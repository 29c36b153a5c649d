// Invented sentences in wire style, none from the labelled set: time expressions worded in ways the set barely has.
import { describe, expect, it } from "vitest";
import { propose } from "../../src/draft/draftStory";

const times = (text: string) => propose(text, { slug: "t" }).times.map((t) => text.slice(t.start, t.end));

describe("time expressions worded in new ways", () => {
  it("reads quarters and halves of a year", () => {
    expect(times("Output fell in the first quarter and recovered during the second half of 2024.\n")).toEqual([
      "in the first quarter",
      "during the second half of 2024",
    ]);
  });

  it("reads runs of periods and parts of a relative year", () => {
    expect(times("Sales have grown for nine consecutive quarters, though the slump began late last year.\n")).toEqual([
      "for nine consecutive quarters",
      "late last year",
    ]);
  });

  it("keeps the preposition of a duration reaching back from the article", () => {
    expect(times("Herders have moved their cattle since last year, and for nearly a decade before that.\n")).toEqual([
      "since last year",
      "for nearly a decade",
    ]);
  });

  it("anchors a period on an event the text names", () => {
    expect(times("Prices doubled after the outbreak and have not fallen since the protests began.\n")).toEqual([
      "after the outbreak",
      "since the protests began",
    ]);
  });

  it("reads a day's parts and a count of periods as many as before", () => {
    expect(times("The board met earlier in the day; it was the third cut in as many months.\n")).toEqual([
      "earlier in the day",
      "in as many months",
    ]);
  });

  it("keeps 'into' with a year", () => {
    expect(times("The slump could last into 2027.\n")).toEqual(["into 2027"]);
  });
});

describe("more durations and parts of days", () => {
  it("reads a run of years counted by an ordinal, the year's end and the weekend", () => {
    expect(times("Sales fell for a fourth straight year and may recover by year-end, after talks over the weekend.\n")).toEqual([
      "for a fourth straight year",
      "by year-end",
      "over the weekend",
    ]);
  });

  it("reads split years, parts of a day and the end of a decade", () => {
    expect(times("The 2024/25 harvest, reported this morning, should double by the end of the decade.\n")).toEqual([
      "2024/25",
      "this morning",
      "by the end of the decade",
    ]);
  });
});

describe("periods counted without a number", () => {
  it("reads 'days later' and 'weeks earlier'", () => {
    expect(times("Days later the port shut; weeks earlier it had warned.\n")).toEqual(["Days later", "weeks earlier"]);
  });
});

describe("seasons written as split years", () => {
  it("keeps the season with a split year", () => {
    expect(times("Output will fall in the 2025/26 season.\n")).toEqual(["in the 2025/26 season"]);
  });
});

describe("periods closing on a date or an event", () => {
  it("reads a period running to a day or a month as one expression", () => {
    const text = "Exports rose 4 percent in the 12 months to March and sales dipped in the week to Friday.\n";
    expect(times(text)).toEqual(["in the 12 months to March", "in the week to Friday"]);
  });

  it("reads 'so far this year' and 'for at least another month' whole", () => {
    expect(times("Miners have struck twice so far this year and will stay out for at least another month.\n")).toEqual([
      "so far this year",
      "for at least another month",
    ]);
  });

  it("reads an event clause opening or closing the period, and not 'the fall' of a price", () => {
    const text =
      "Prices have doubled since the levy was scrapped, and rationing lasts until the monsoon arrives. The fall worried traders.\n";
    expect(times(text)).toEqual(["since the levy was scrapped", "until the monsoon arrives"]);
  });
});
