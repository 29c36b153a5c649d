import { describe, expect, it } from "vitest";
import { pool, prf, sameSpeaker, score, type Labelled } from "../../src/draft/score";

describe("the scorer", () => {
  it("counts only exact span boundaries as matches", () => {
    const s = prf(
      [
        { start: 0, end: 5 },
        { start: 10, end: 15 },
      ],
      [
        { start: 0, end: 5 },
        { start: 10, end: 14 },
        { start: 20, end: 25 },
      ],
    );
    expect(s).toMatchObject({ gold: 2, found: 3, matched: 1 });
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo(0.4);
  });

  it("gives zero F1, not NaN, when nothing matches", () => {
    expect(prf([{ start: 0, end: 1 }], []).f1).toBe(0);
  });

  it("takes two speakers as one when a mention span or a name agrees", () => {
    const kirby = { names: ["John Kirby", "Kirby"], spans: [{ start: 3, end: 13 }] };
    expect(sameSpeaker(kirby, { names: ["J. Kirby"], spans: [{ start: 3, end: 13 }] })).toBe(true);
    expect(sameSpeaker(kirby, { names: ["kirby"], spans: [] })).toBe(true);
    expect(sameSpeaker(kirby, { names: ["Janet Yellen"], spans: [{ start: 40, end: 52 }] })).toBe(false);
    expect(sameSpeaker(kirby, null)).toBe(false);
  });

  it("measures speaker accuracy over the quotations found with their exact span only", () => {
    const who = (name: string) => ({ names: [name], spans: [] });
    const gold: Labelled = {
      quotations: [
        { start: 0, end: 10, speaker: who("A") },
        { start: 20, end: 30, speaker: who("B") },
        { start: 40, end: 50, speaker: who("C") },
      ],
      mentions: [],
      times: [],
      quantities: [],
    };
    const draft: Labelled = {
      quotations: [
        { start: 0, end: 10, speaker: who("A") },
        { start: 20, end: 30, speaker: who("A") },
        { start: 41, end: 50, speaker: who("C") },
      ],
      mentions: [],
      times: [],
      quantities: [],
    };
    const s = score(gold, draft);
    expect(s.speakers).toEqual({ found: 2, correct: 1, accuracy: 0.5 });
    expect(s.quotations.matched).toBe(2);
  });

  it("pools counts across articles rather than averaging their F1", () => {
    const one = (gold: number, found: number, matched: number) => {
      const s = score(
        { quotations: [], mentions: [], times: [], quantities: [] },
        { quotations: [], mentions: [], times: [], quantities: [] },
      );
      return { ...s, mentions: { ...s.mentions, gold, found, matched } };
    };
    const pooled = pool([one(10, 10, 10), one(2, 2, 0)]);
    expect(pooled.mentions.precision).toBeCloseTo(10 / 12);
    expect(pooled.mentions.recall).toBeCloseTo(10 / 12);
  });
});
