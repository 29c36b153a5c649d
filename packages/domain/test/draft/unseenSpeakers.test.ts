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
