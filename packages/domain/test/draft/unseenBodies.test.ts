// Invented sentences, none from the labelled set: bodies and companies named in shapes the first
// sets barely had — an acronym opening a sentence, an apposition with a possessive, a body's last word.
import { describe, expect, it } from "vitest";
import { propose } from "../../src/draft/draftStory";

const mentions = (text: string) =>
  propose(text, { slug: "b" })
    .entities.flatMap((e) => e.mentions.filter((m) => m.form === "name" || m.form === "metonym").map((m) => ({ e, m })))
    .sort((a, b) => a.m.start - b.m.start)
    .map(({ e, m }) => `${text.slice(m.start, m.end)}:${e.kind}`);

describe("bodies and companies named in shapes the first sets barely had", () => {
  it("reads an acronym opening a line before a comma as a group, not a dateline", () => {
    expect(mentions("Rivers\nKAWAL, Malaysia's biggest river charity, said the spill was worse than reported.\n")).toEqual([
      "KAWAL:organisation",
      "Malaysia:country",
    ]);
  });

  it("reads a one-word name described by a possessive apposition as a company", () => {
    expect(mentions("Chips\nTorvane, Norway's second-largest chip maker, said it would hire 300 engineers.\n")).toEqual([
      "Torvane:organisation",
      "Norway:country",
    ]);
  });

  it("reads a name followed by 'news agency' as media", () => {
    expect(mentions("Ports\nTraffic fell by a third, the Bernama news agency reported on Friday.\n")).toEqual(["Bernama:media"]);
  });

  it("keeps 'the' with a ministry named by its portfolio", () => {
    expect(mentions("Mines\nCampaigners asked the Mining Ministry to halt the permit.\n")).toEqual([
      "the Mining Ministry:government-body",
    ]);
  });

  it("reads 'the Commission' after the only body ending so as that body, and as the owner of a title", () => {
    const text =
      "Fish\nThe Andean Fisheries Commission cut the quota on Monday. The Commission said stocks had halved, Commission spokesman Raul Soto told reporters.\n";
    expect(mentions(text)).toEqual([
      "Andean Fisheries Commission:government-body",
      "Commission:government-body",
      "Commission:government-body",
      "Raul Soto:person",
    ]);
  });

  it("keeps 'of the' inside a body's name after the body's own noun, not after a title", () => {
    const text =
      "Ruling\nThe firm will appeal to the Court of Justice of the Andean Community, said Rosa Paz, the Governor of the Central Bank.\n";
    expect(mentions(text).map((m) => m.split(":")[0])).toEqual([
      "Court of Justice of the Andean Community",
      "Rosa Paz",
      "Central Bank",
    ]);
  });

  it("leaves a portfolio title with 'of State for' out of the name after it", () => {
    expect(
      mentions("Clinics\nMinister of State for Education Kofi Mensah-Boateng said on Monday the talks had failed.\n"),
    ).toEqual(["Kofi Mensah-Boateng:person"]);
  });
});

describe("capitals and regions written as where, not who", () => {
  it("leaves out a capital before 'airport', listed after a place word, or where people are bound for", () => {
    const text =
      "Flights\nLOT will cut slots at Warsaw airport. Clinics in Kano and Abuja closed. Doctors are packing for Paris, Madrid and Dubai.\nMadrid said it would help.\n";
    expect(mentions(text)).toEqual(["LOT:organisation", "Madrid:country"]);
  });

  it("leaves out a capital written after 'in', where someone is, and keeps it as a subject", () => {
    const text = "Aid\nUNICEF's envoy in Nairobi met donors. Nairobi wants more help.\n";
    expect(mentions(text)).toEqual(["UNICEF:international-organisation", "Nairobi:country"]);
  });

  it("reads a two-word name closing on a plural common noun as a company, unless a first name opens it", () => {
    expect(mentions("Fish\nNorrland Seafoods cut jobs, and Tiger Woods watched.\n")).toEqual([
      "Norrland Seafoods:organisation",
      "Tiger Woods:person",
    ]);
  });

  it("keeps the article of a capital that owns it", () => {
    expect(mentions("Export\nThe Hague tightened the rules, and Rome followed.\n")).toEqual([
      "The Hague:country",
      "Rome:country",
    ]);
  });

  it("reads a hyphenated name where members work as a company", () => {
    expect(mentions("Strike\nAbout 900 members at Kora-Vale will strike.\n")).toEqual(["Kora-Vale:organisation"]);
  });

  it("leaves out a rainforest region, but keeps the company of that name when it speaks", () => {
    const text = "Forest\nFires in Peru's Amazon doubled, and clearing of the Amazon rose.\nAmazon said it would buy credits.\n";
    expect(mentions(text)).toEqual(["Peru:country", "Amazon:organisation"]);
  });
});
