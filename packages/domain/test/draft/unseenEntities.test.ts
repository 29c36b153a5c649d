// Invented sentences in wire style, none from the labelled set: names from many languages, one-word
// companies, initials and datelines, which no list the drafter ships can know.
import { describe, expect, it } from "vitest";
import { propose } from "../../src/draft/draftStory";

const mentions = (text: string) =>
  propose(text, { slug: "e" })
    .entities.flatMap((e) => e.mentions.filter((m) => m.form === "name" || m.form === "metonym").map((m) => ({ e, m })))
    .sort((a, b) => a.m.start - b.m.start)
    .map(({ e, m }) => `${text.slice(m.start, m.end)}:${e.kind}`);

describe("entity mentions an unseen article may hold", () => {
  it("keeps the particles and article inside a person's name", () => {
    expect(mentions("Officials said Maria dos Santos met Khalid bin Rashid and Omar al-Faruqi in Geneva.\n")).toEqual([
      "Maria dos Santos:person",
      "Khalid bin Rashid:person",
      "Omar al-Faruqi:person",
    ]);
  });

  it("leaves a dateline's city out, and reads initials inside a name as a company", () => {
    expect(mentions("KATOWICE, May 2 (Wire) - Shares in ZKW SA rose after Marta Wiśniewska joined its board.\n")).toEqual([
      "Wire:media",
      "ZKW SA:organisation",
      "Marta Wiśniewska:person",
    ]);
  });

  it("does not take initials that name a measure or a post for an actor", () => {
    expect(mentions("Growth reached 5% of GDP, the CEO of Tessaro said.\n")).toEqual(["Tessaro:organisation"]);
  });

  it("reads a one-word company from where it stands", () => {
    const text =
      "Kelvora, the country's largest cement maker, cut output. Analysts at Brightwell expect demand to recover, while Ostrander fell 3%. Regulator Finmark fined Pellucid.\n";
    expect(mentions(text)).toEqual([
      "Kelvora:organisation",
      "Brightwell:organisation",
      "Ostrander:organisation",
      "Finmark:organisation",
    ]);
  });

  it("does not take a capitalised common word opening a sentence for a company", () => {
    expect(mentions("Exporters said demand was weak. Farmers warned that exporters would suffer.\n")).toEqual([]);
  });

  it("reads a body named inside a person's title, but not a minister's portfolio", () => {
    expect(mentions("Veltra Chairman Ade Okafor spoke after Energy Minister Hoang Van Long left.\n")).toEqual([
      "Veltra:organisation",
      "Ade Okafor:person",
      "Hoang Van Long:person",
    ]);
  });

  it("knows more capitals that stand for their governments", () => {
    expect(mentions("Kigali and Kinshasa traded accusations on Monday.\n")).toEqual(["Kigali:country", "Kinshasa:country"]);
  });

  it("reads a person from an apposition or a title, though no list knows the name", () => {
    expect(
      mentions(
        "Seo Min-jae, an economist at Hanbit Securities, spoke. Sukarnoputri, his predecessor, agreed with President Widodoyo.\n",
      ),
    ).toEqual(["Seo Min-jae:person", "Hanbit Securities:organisation", "Sukarnoputri:person", "Widodoyo:person"]);
  });

  it("does not take a region for a person", () => {
    expect(mentions("Rain fell in West Kalimantan and across Rio Verde state, where Hana Putri lives.\n")).toEqual([
      "Hana Putri:person",
    ]);
  });

  it("reads a company's first word alone as that company", () => {
    expect(mentions("Kalder Holdings posted a loss, an analyst at Brenna said; Kalder shares fell.\n")).toEqual([
      "Kalder Holdings:organisation",
      "Brenna:organisation",
      "Kalder:organisation",
    ]);
  });

  it("reads a capital where something happens as a place, and a peninsula as no one", () => {
    expect(mentions("Amara Diallo told a news conference in Dakar that Bel Ouar peninsula would be sold.\n")).toEqual([
      "Amara Diallo:person",
    ]);
  });

  it("keeps a common noun's possessive inside a body's name, and splits two companies joined by 'and'", () => {
    expect(
      mentions("The Farmers' Bank of Laos lent to Kumo Motor Corp and Delanto Group, while R&B Capital stayed out.\n"),
    ).toEqual([
      "Farmers' Bank of Laos:organisation",
      "Kumo Motor Corp:organisation",
      "Delanto Group:organisation",
      "R&B Capital:organisation",
    ]);
  });

  it("leaves an honorific out of a long name with particles", () => {
    expect(mentions("Officials said Sheikh Rashid bin Saeed Al Nuaimi arrived.\n")).toEqual([
      "Rashid bin Saeed Al Nuaimi:person",
    ]);
  });
});

describe("companies whose names look like something else", () => {
  it("reads a country inside a longer name as a company, and a brand's inner capital as a company", () => {
    expect(mentions("Shares of Telkom Vietnam rose while NovaPay and Sky Air cut jobs.\n")).toEqual([
      "Telkom Vietnam:organisation",
      "NovaPay:organisation",
      "Sky Air:organisation",
    ]);
  });

  it("does not take a model with digits for a person, but reads its maker when it speaks", () => {
    expect(mentions("The carrier will lease six Embrex E195s. Embrex declined to comment.\n")).toEqual(["Embrex:organisation"]);
  });

  it("does not take a village that 'said' for a company", () => {
    expect(mentions("People in the village of Kastros said the road was cut.\n")).toEqual([]);
  });
});

describe("datelines and towns that share a company's name", () => {
  it("leaves a dateline's city and country out, and the town a company is named after", () => {
    const text =
      "Port reopens\nKLAIPEDA, Lithuania, May 5 (Wire) - Klaipeda Stevedoring Group said ships docked in Klaipeda again.\n";
    expect(mentions(text)).toEqual(["Wire:media", "Klaipeda Stevedoring Group:organisation"]);
  });

  it("reads a name followed by ', which' as a company", () => {
    expect(mentions("Orvane, which runs two terminals, declined to comment.\n")).toEqual(["Orvane:organisation"]);
  });
});

describe("named things that are not actors", () => {
  it("leaves out laws, plans and holidays, and keeps a union whose name ends in a plural", () => {
    const text =
      "Before the Lunar New Year, the Dock Safety Act and the Harbour Renewal Plan were opposed by the National Union of Teachers.\n";
    expect(mentions(text)).toEqual(["National Union of Teachers:organisation"]);
  });

  it("reads a company compromise knows, though its second word says nothing", () => {
    expect(mentions("Shares of Hyundai Mipo fell.\n")).toEqual(["Hyundai Mipo:organisation"]);
  });
});

describe("titles joined by 'and', and outlets spoken to", () => {
  it("splits two titled people joined by 'and' though a portfolio looks like a company word", () => {
    expect(mentions("Energy Minister Omar Al-Hashimi and Trade Minister Dewi Lestari signed.\n")).toEqual([
      "Omar Al-Hashimi:person",
      "Dewi Lestari:person",
    ]);
  });

  it("reads the outlet someone told as media", () => {
    expect(mentions("Ilse Marek told RTN7 the plan was dead.\n")).toEqual(["Ilse Marek:person", "RTN7:media"]);
  });
});

describe("datelines of more than one city", () => {
  it("leaves both cities out and reads the agency after them as media", () => {
    expect(mentions("Swap\nKYIV/MOSCOW (Wirenews) - Ukraine and Russia swapped prisoners.\n")).toEqual([
      "Wirenews:media",
      "Ukraine:country",
      "Russia:country",
    ]);
  });
});

describe("countries inside names", () => {
  it("reads people whose names hold a country or a capital, and splits two companies named after countries", () => {
    expect(mentions("Michael Jordan met Sofia Rossi at Garuda Indonesia and Air India.\n")).toEqual([
      "Michael Jordan:person",
      "Sofia Rossi:person",
      "Garuda Indonesia:organisation",
      "Air India:organisation",
    ]);
  });
});

describe("bodies whose names hold an office noun, and a parliament named alone", () => {
  it("keeps 'General' inside a directorate's name and reads Parliament as a body", () => {
    expect(mentions("The Directorate General of Fisheries said Parliament would vote.\n")).toEqual([
      "Directorate General of Fisheries:government-body",
      "Parliament:government-body",
    ]);
  });
});

describe("the seat of the European Union", () => {
  it("reads Brussels acting as the Union, but not a summit held there", () => {
    expect(mentions("Brussels wants more. Leaders met in Brussels.\n")).toEqual(["Brussels:international-organisation"]);
  });
});

describe("a capital one travels to", () => {
  it("reads a visit to a capital as a place", () => {
    expect(mentions("The minister cut short a visit to Nairobi; Nairobi later objected.\n")).toEqual(["Nairobi:country"]);
  });
});

describe("compound adjectives opening a sentence", () => {
  it("leaves 'State-owned' and 'Kenyan-born' out of the name they describe", () => {
    expect(mentions("State-owned Petrona said output rose. Kenyan-born Ada Obi agreed.\n")).toEqual([
      "Petrona:organisation",
      "Ada Obi:person",
    ]);
  });
});

describe("traders at a company", () => {
  it("reads a one-word name traders work at as a company", () => {
    expect(mentions("Traders at Velmora said buyers had left.\n")).toEqual(["Velmora:organisation"]);
  });
});
