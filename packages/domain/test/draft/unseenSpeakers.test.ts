// Invented sentences in wire style, none from the labelled set: attribution shapes an unseen article may use.
import { describe, expect, it } from "vitest";
import { propose } from "../../src/draft/draftStory";

const speakers = (text: string) => {
  const p = propose(text, { slug: "s" });
  return p.quotations.map((q) => p.entities.find((e) => e.id === q.attribution.speaker)?.name ?? null);
};

describe("speakers in attribution shapes the labelled set barely has", () => {
  it("reads a source named after 'According to' at the start of a sentence", () => {
    expect(speakers('Strike\nAmaka Obi left early.\nAccording to Tomasz Lis, a union organiser, "nobody was told".\n')).toEqual([
      "Tomasz Lis",
    ]);
  });

  it("resolves 'she' and 'he' to the last person of that gender named", () => {
    const text = 'Talks\nMaria Kowalska met John Ade on Monday.\n"It was hard," she said.\n"We agree," he said.\n';
    expect(speakers(text)).toEqual(["Maria Kowalska", "John Ade"]);
  });

  it("reads a gendered title as the person's gender", () => {
    const text = 'Mine\nLe Thi Mai, the company\'s spokeswoman, met Mr Pham Duc on Friday.\n"We are sorry," she said.\n';
    expect(speakers(text)).toEqual(["Le Thi Mai"]);
  });

  it("reads 'the bank' as the last body whose name carries the noun", () => {
    const text = 'Rates\nThe Reserve Bank of Malawi met the Finance Ministry.\n"Inflation is falling," the bank said.\n';
    expect(speakers(text)).toEqual(["Reserve Bank of Malawi"]);
  });

  it("takes a reporting verb outside the plainest few", () => {
    expect(speakers('Dock\n"We will not move," Ngozi Eze vowed on Tuesday.\n')).toEqual(["Ngozi Eze"]);
  });
});

describe("a quotation standing alone", () => {
  it("continues the speaker of the sentence before it that reports speech", () => {
    const text =
      'Strike\nUnion leader Tomasz Bral said on Monday the crews would not give in.\n"We are ready for a long fight."\n"Nobody wants this," Ilse Marek said.\n"It hurts everyone."\n';
    expect(speakers(text)).toEqual(["Tomasz Bral", "Ilse Marek", "Ilse Marek"]);
  });
});

describe("the subject among several names", () => {
  it("takes the subject of the reporting verb, not a person a preposition brings in", () => {
    const text = 'Row\nOmar Haddad met reporters on Monday.\nAsked about Omar Haddad, Rania Saleh said: "He is wrong."\n';
    expect(speakers(text)).toEqual(["Rania Saleh"]);
  });
});

describe("quoted as saying", () => {
  it("reads the person a report quotes", () => {
    expect(speakers('Port\n"The quay is closed," Dara Musa was quoted as saying by local media.\n')).toEqual(["Dara Musa"]);
  });
});

describe("speakers a pronoun, a statement or a post stands for", () => {
  it("reads 'it said' as the body reported speaking in the sentence before, named there only by what it is", () => {
    const text =
      'Gas\nThe Kestrel Energy Company raised prices on Monday.\nSupplies will stay short until spring, the utility said in a statement. "Homes come first," it said.\n';
    expect(speakers(text)).toEqual(["Kestrel Energy Company"]);
  });

  it("reads 'the statement said' as whoever was reported speaking in a statement, not the last body named", () => {
    const text =
      'Floods\nOxfam said in a statement on Friday that its teams had reached Tete. The World Food Programme has cut rations.\n"The water keeps rising," the statement said.\n';
    expect(speakers(text)).toEqual(["Oxfam"]);
  });

  it("takes a woman's gender from a pronoun in the sentence that names her, over a first-name list", () => {
    const text =
      'Mills\nMartin Osei, a deputy minister, spoke on Monday. Kim Soo-ah, who owns a textile mill, said her orders had halved.\n"Buyers will leave," she said.\n';
    expect(speakers(text)).toEqual(["Kim Soo-ah"]);
  });

  it("reads a Vietnamese middle name Thi as a woman's", () => {
    const text = 'Port\nNguyen Thi Hoa runs a shipping firm. Tran Van Minh met her in Hue.\n"We lost a month," she said.\n';
    expect(speakers(text)).toEqual(["Nguyen Thi Hoa"]);
  });

  it("reads a name set off after a post as a person, so 'he' finds him", () => {
    const text =
      'Plant\nAlina Dobre, an analyst, praised the deal. The group\'s chief executive, Park Min-jae, said the firm had two buyers. "We are ready," he said in a statement.\n';
    expect(speakers(text)).toEqual(["Park Min-jae"]);
  });

  it("makes a speaker the text does not name, described with lower-case words, an unnamed person", () => {
    expect(speakers('Ferries\n"Talks resume on Monday," a shipping ministry spokeswoman said.\n')).toEqual([
      "Unnamed shipping ministry spokeswoman",
    ]);
  });

  it("reads a one-word name followed by what kind of body it is, and 'the regulator' as that body", () => {
    const text =
      'Mine\nAnalysts at Ridgeway Capital expect delays. The Minvisor mining regulator said in a statement it had sent inspectors. "We will find who is responsible," the regulator said.\n';
    expect(speakers(text)).toEqual(["Minvisor"]);
  });

  it("finds the subject after an opening adverbial: 'In a statement, the ministry said:'", () => {
    const text =
      'Pay\nThe Labour Ministry met unions on Monday.\nIn a statement, the ministry said: "Arrears will be paid by June."\n';
    expect(speakers(text)).toEqual(["Labour Ministry"]);
  });

  it("does not read 'they' as a body when the sentence before has people the text does not name speaking", () => {
    const text =
      'Wages\nThe Labour Ministry said on Monday it had released funds. Cleaners at the Kampala depot said they had not been paid. "We are tired," they said.\n';
    expect(speakers(text)).toEqual([null]);
  });

  it("keeps a one-word name after a title as the same person when named again", () => {
    const text = 'Aid\nPresident Tinubu visited Maiduguri on Monday. "No one will go hungry," Tinubu said.\n';
    const p = propose(text, { slug: "s" });
    expect(p.entities.filter((e) => e.name === "Tinubu").map((e) => [e.kind, e.mentions.length])).toEqual([["person", 2]]);
  });

  it("reads 'he' as the person reported speaking in the sentence just before, not a person named as its object", () => {
    const text = 'Talks\nOmar Farouk said he had phoned Daniel Reyes on Monday. "It went well," he said.\n';
    expect(speakers(text)).toEqual(["Omar Farouk"]);
  });

  it("reads 'the spokeswoman' after an opening adverb as the person named with that post", () => {
    const text =
      'Port\nLina Haddad, a spokeswoman for the port authority, declined to comment. Later the spokeswoman said: "Cranes are idle."\n';
    expect(speakers(text)).toEqual(["Lina Haddad"]);
  });

  it("does not make 'Vice' of 'Vice President' a body", () => {
    const text = 'Vote\nVice President Ama Mensah was sworn in on Monday. "I ask for calm," Mensah said.\n';
    expect(speakers(text)).toEqual(["Ama Mensah"]);
    expect(propose(text, { slug: "s" }).entities.map((e) => e.name)).toEqual(["Ama Mensah"]);
  });

  it("takes the person after a company's title, not the company owning the post", () => {
    const text = 'Mine\n"We tried everything," Korvo Metals chief executive Ines Duarte said, "but the ore ran out."\n';
    expect(speakers(text)).toEqual(["Ines Duarte", "Ines Duarte"]);
  });

  it("reads 'the company' and 'the lender' as the last company or international lender named", () => {
    const text =
      'Mine\nKorvo Metals said on Monday it would shut its Kivu pit. "It was not easy," the company said.\nThe World Bank cut its forecast. "Risks are rising," the lender said.\n';
    expect(speakers(text)).toEqual(["Korvo Metals", "World Bank"]);
  });

  it("does not make a body named inside an unnamed speaker's description the speaker", () => {
    const text = 'Row\nA senior NATO diplomat, speaking on condition of anonymity, said: "Nobody trusts him."\n';
    expect(speakers(text)).toEqual(["Unnamed senior nato diplomat"]);
  });

  it("reads a first name after a post as a person even when compromise reads the surname as a place", () => {
    const text = 'Strike\nThe Kora Miners Union called the strike. Union spokesperson Matthew Parks said: "Enough is enough."\n';
    expect(speakers(text)).toEqual(["Matthew Parks"]);
  });

  it("reads a pronoun with an adverb before the verb: 'She later told reporters:'", () => {
    const text = 'Talks\nSarah Cole met Tom Reid and Ivan Petrov on Monday. She later told reporters: "Nothing was agreed."\n';
    expect(speakers(text)).toEqual(["Sarah Cole"]);
  });
});
