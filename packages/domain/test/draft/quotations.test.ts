import { describe, expect, it } from "vitest";
import { propose } from "../../src/draft/draftStory";

const quotes = (text: string) => {
  const p = propose(text, { slug: "t" });
  return p.quotations.map((q) => ({
    words: text.slice(q.start, q.end),
    speaker: p.entities.find((e) => e.id === q.attribution.speaker)?.name ?? null,
    kind: q.attribution.kind,
    partial: q.partial,
    unclosed: q.unclosed,
    verb: q.attribution.verb ? text.slice(q.attribution.verb.start, q.attribution.verb.end) : null,
  }));
};

describe("quotations and their speakers", () => {
  it("takes the words between straight or curly marks, with 'X said' and 'said X'", () => {
    const text =
      'Port strike ends\n"We held the line," Anna Berg said.\n“It is fair,” said Tomas Lind, a negotiator for the union.\n';
    expect(quotes(text)).toMatchObject([
      { words: "We held the line,", speaker: "Anna Berg", kind: "stated", verb: "said", partial: false },
      { words: "It is fair,", speaker: "Tomas Lind", kind: "stated", verb: "said" },
    ]);
  });

  it("runs a quotation left open to its paragraph's end and continues the speaker into the next paragraph", () => {
    const text =
      "Talks resume\n“The door is open,” Maria Olsen said. “We will keep talking.\n“Nobody wants another week of this.”\n";
    const found = quotes(text);
    expect(found.map((q) => q.words)).toEqual([
      "The door is open,",
      "We will keep talking.",
      "Nobody wants another week of this.",
    ]);
    expect(found[1]).toMatchObject({ unclosed: true, speaker: "Maria Olsen" });
    expect(found[2]).toMatchObject({ unclosed: false, speaker: "Maria Olsen", kind: "inferred", verb: null });
  });

  it("resolves 'he' and 'the spokesman' to the last fitting person, as inferred", () => {
    const text =
      "Ministry denies favouritism\nMinistry spokesman David Kiprop denied it. Later Grace Wanjiru spoke.\n“The tender was cancelled to protect the process,” the spokesman said.\n“It was not improper,” she said.\n";
    const found = quotes(text);
    expect(found[0]).toMatchObject({ speaker: "David Kiprop", kind: "inferred" });
    expect(found[1]).toMatchObject({ speaker: "Grace Wanjiru", kind: "inferred" });
  });

  it("marks a quotation worked into the article's sentence as partial, and 'according to X' as its source", () => {
    const text = "Grain talks\nThe new route is “worth trying”, according to Olena Marchenko.\n";
    expect(quotes(text)[0]).toMatchObject({ words: "worth trying", partial: true, speaker: "Olena Marchenko" });
  });

  it("makes an unnamed speaker of 'a senior official' instead of borrowing the previous one", () => {
    const text = "Grain talks\n“Prices will rise,” said Rein Paulsen.\nA senior official said the plan was “worth trying”.\n";
    const found = quotes(text);
    expect(found[1]!.speaker).toBe("Unnamed senior official");
  });
});
