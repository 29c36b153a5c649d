// Invented sentences in wire style, none from the labelled set: shapes of quantities an unseen article may use.
import { describe, expect, it } from "vitest";
import { propose } from "../../src/draft/draftStory";

const quantities = (text: string) => propose(text, { slug: "q" }).quantities.map((q) => text.slice(q.start, q.end));

describe("quantities in shapes the labelled set barely has", () => {
  it("reads money in shorthand and in several currencies", () => {
    const text =
      "The lender raised €300m in March and Petrel borrowed $2.4bn, while the treasury set aside 1.2 trillion rupiah.\n";
    expect(quantities(text)).toEqual(["€300m", "$2.4bn", "1.2 trillion rupiah"]);
    const [euros, dollars] = propose(text, { slug: "q" }).quantities;
    expect(euros).toMatchObject({ value: 300_000_000, unit: "euros" });
    expect(dollars).toMatchObject({ value: 2_400_000_000, unit: "dollars" });
  });

  it("keeps currency codes written before the sum", () => {
    expect(quantities("Investors pledged US$1.5bn and ¥20 billion for the port.\n")).toEqual(["US$1.5bn", "¥20 billion"]);
  });

  it("reads a range as one quantity with both bounds", () => {
    const text = "Between 30 and 45 barges queue at the lock, and prices rose 2-3% over the summer.\n";
    expect(quantities(text)).toEqual(["Between 30 and 45 barges", "2-3%"]);
    expect(propose(text, { slug: "q" }).quantities[0]).toMatchObject({ value: null, range: { min: 30, max: 45 } });
  });

  it("does not read a change from one figure to another as a range", () => {
    expect(quantities("The rate went from 4% to 6% within a year.\n")).toEqual(["4%", "6%"]);
  });

  it("ends a counted phrase at the verb that follows it", () => {
    expect(quantities("More than 250 dockers stopped work and dozens of lorries waited outside.\n")).toEqual([
      "More than 250 dockers",
      "dozens of lorries",
    ]);
  });

  it("keeps a measure whose plural compromise reads as a verb", () => {
    expect(quantities("The bank trimmed its rate by 75 basis points on Friday.\n")).toEqual(["75 basis points"]);
  });

  it("counts a share of something named, but not a number of pronouns", () => {
    expect(
      quantities(
        "Two-thirds of the harvest rotted, a quarter of their herds died and 15 people were hurt, three of them badly.\n",
      ),
    ).toEqual(["Two-thirds of the harvest", "a quarter of their herds", "15 people"]);
  });

  it("keeps a currency written after the figure, even one spelt like a verb", () => {
    expect(quantities("Profit reached 9.1 trillion won and 40 billion naira.\n")).toEqual([
      "9.1 trillion won",
      "40 billion naira",
    ]);
  });

  it("ends a sum of money at its figure, and reads half a million", () => {
    const text = "The fund approved a $600 million loan after half a million jobs were lost.\n";
    expect(quantities(text)).toEqual(["$600 million", "half a million jobs"]);
    expect(propose(text, { slug: "q" }).quantities[1]).toMatchObject({ value: 500_000, unit: "jobs" });
  });
});

describe("currency codes and percentages before a noun", () => {
  it("reads a currency code before or after the sum, and does not take it for a body", () => {
    const text = "Lenders offered USD 40 million and 90 million EUR to the utility.\n";
    expect(quantities(text)).toEqual(["USD 40 million", "90 million EUR"]);
    expect(propose(text, { slug: "q" }).entities).toEqual([]);
  });

  it("ends a percentage before the noun it qualifies", () => {
    expect(quantities("The fund bought a 15% stake and a 7 percent share.\n")).toEqual(["15%", "7 percent"]);
  });

  it("does not read an ordinal run of years as a share", () => {
    expect(quantities("Rents rose for a third straight year.\n")).toEqual([]);
  });
});

describe("ranges written with 'to'", () => {
  it("reads bounds written alike as a range, and a sum followed by a count as two quantities", () => {
    expect(quantities("Repairs cost $2m to $3m, and the firm owes $1.5 billion to 20 lenders.\n")).toEqual([
      "$2m to $3m",
      "$1.5 billion",
      "20 lenders",
    ]);
  });
});

describe("shares of something a name owns", () => {
  it("runs a share through a possessive name", () => {
    expect(quantities("The strike halted about a third of Latvia's grain exports, traders said.\n")).toEqual([
      "about a third of Latvia's grain exports",
    ]);
  });
});

describe("numbers that count nothing", () => {
  it("leaves out numbers inside names and times of day, which are times", () => {
    const text = "Under Article 5, Boeing 737 jets and COVID-19 rules, 300 workers left at 3 p.m. and 40 more by 18:30.\n";
    expect(quantities(text)).toEqual(["300 workers"]);
    expect(propose(text, { slug: "q" }).times.map((t) => text.slice(t.start, t.end))).toEqual(["at 3 p.m.", "by 18:30"]);
  });

  it("keeps a percentage of something", () => {
    expect(quantities("The deficit stayed below 3% of GDP.\n")).toEqual(["3% of GDP"]);
  });
});

describe("tallies", () => {
  it("does not read a vote's tally as a range", () => {
    expect(quantities("The court ruled by a 6-3 vote that 12 clauses were void.\n")).toEqual(["12 clauses"]);
  });
});

describe("compound nouns and lists of counts", () => {
  it("keeps a compound plural that compromise reads as a verb, and starts a new count after 'and'", () => {
    expect(quantities("The port handled 40 container ships and 3,000 tonnes of rice and two million barrels of oil.\n")).toEqual([
      "40 container ships",
      "3,000 tonnes of rice",
      "two million barrels of oil",
    ]);
  });
});

describe("orders of magnitude", () => {
  it("reads tens and hundreds of millions as one vague figure", () => {
    const text = "The flood cost hundreds of millions of dollars and moved tens of thousands of people.\n";
    expect(quantities(text)).toEqual(["hundreds of millions of dollars", "tens of thousands of people"]);
    expect(propose(text, { slug: "q" }).quantities[0]).toMatchObject({ range: { min: 200_000_000, max: 999_999_999 } });
  });
});

describe("vague counts and South Asian scales", () => {
  it("reads 'several hundred' as a range and keeps crore with its sum", () => {
    const text = "Several hundred workers marched after the state set aside Rs 500 crore.\n";
    expect(quantities(text)).toEqual(["Several hundred workers", "Rs 500 crore"]);
    const [workers, sum] = propose(text, { slug: "q" }).quantities;
    expect(workers).toMatchObject({ value: null, range: { min: 300, max: 900 } });
    expect(sum).toMatchObject({ value: 5_000_000_000 });
  });
});

describe("half of something owned", () => {
  it("reads 'half his trees' but not 'half the price'", () => {
    expect(quantities("He lost half his trees and sold at half the price.\n")).toEqual(["half his trees"]);
  });
});

describe("parts of a whole and counted things described", () => {
  it("runs a percentage through 'of' and what it is a share of", () => {
    const text =
      "The mill will fund nearly 45% of the upgrade with bonds and lay off 12% of its drivers, or 30% of Chile's fleet.\n";
    expect(quantities(text)).toEqual(["nearly 45% of the upgrade", "12% of its drivers", "30% of Chile's fleet"]);
  });

  it("reads a count of something owned as one part-of-whole quantity", () => {
    const text = "The carrier will sell four of its 22 ferries and close three of the port's terminals.\n";
    expect(quantities(text)).toEqual(["four of its 22 ferries", "three of the port's terminals"]);
  });

  it("keeps a participle describing what is counted, but not one of the clause", () => {
    const text = "Medics logged 310 confirmed infections on Monday, and 4,000 fled the valley.\n";
    expect(quantities(text)).toEqual(["310 confirmed infections"]);
  });

  it("runs a share through a possessive and the count of the whole", () => {
    expect(quantities("About a quarter of the region's 36 districts face shortages.\n")).toEqual([
      "About a quarter of the region's 36 districts",
    ]);
  });

  it("keeps a hyphened compound after 'of' and a gerund before a plural inside the counted phrase", () => {
    expect(quantities("The port must surrender 8 pairs of drop-off and parking bays by May.\n")).toEqual([
      "8 pairs of drop-off and parking bays",
    ]);
  });
});
