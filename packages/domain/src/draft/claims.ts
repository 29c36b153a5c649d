// Candidate claims: one per attributed statement ("X said …", "…, X charged", "according to X"),
// and one per attributed quotation no statement already holds; status guessed from the verb's class.
import { REPORTING_VERB, statusOfVerb } from "./verbs";
import type { DraftClaim, DraftEntity, DraftQuotation, Range, Sentence } from "./types";

export function modalityOf(words: string): DraftClaim["modality"] {
  if (/\b(tried|tries|trying|attempt\w*|sought to|seeking to)\b/iu.test(words)) return "attempted";
  if (/\b(not|never|no longer|denied|n’t|n't)\b/iu.test(words)) return "negated";
  if (/\b(would|could)\b/iu.test(words)) return "conditional";
  if (/\b(may|might|suggest\w*|likely|appears?|possibl\w*|probabl\w*)\b/iu.test(words)) return "hedged";
  if (/\b(will|plans? to|is set to|intends? to|is to)\b/iu.test(words)) return "future";
  return "asserted";
}

const trimEnd = (text: string, r: Range): Range => {
  let end = r.end;
  while (end > r.start && /[\s.,;:!?]/u.test(text[end - 1]!)) end--;
  let start = r.start;
  while (start < end && /[\s,;:]/u.test(text[start]!)) start++;
  return { start, end };
};

export function findClaims(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly DraftEntity[],
  quotations: readonly DraftQuotation[],
): DraftClaim[] {
  const claims: DraftClaim[] = [];
  const mentions = entities.flatMap((entity) =>
    entity.mentions.filter((m) => m.form !== "pronoun").map((m) => ({ entity, ...m })),
  );
  const inQuote = (at: number) => quotations.some((q) => q.start <= at && at < q.end);
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    for (const m of body.matchAll(REPORTING_VERB)) {
      const verb = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      if (inQuote(verb.start)) continue;
      // "…,” said X": the quotation's own claim carries it.
      if (quotations.some((q) => q.end <= verb.start && verb.start - q.end <= 4)) continue;
      const subject = mentions.filter((x) => x.end <= verb.start && verb.start - x.end <= 4 && x.start >= sentence.start).at(-1);
      const after = mentions.find((x) => x.start > verb.end && x.start - verb.end <= 2 && /^said$/iu.test(m[0]));
      const claimant = subject ?? after;
      if (!claimant) continue;
      let content: Range;
      const subjectStart = Math.min(claimant.start, verb.start);
      const lead = text.slice(sentence.start, subjectStart);
      const tail = text
        .slice(Math.max(verb.end, claimant.end), sentence.end)
        .replace(/^(?: on \p{Lu}\p{L}+| earlier \p{Lu}\p{L}+| in a statement| to \p{Lu}[\p{L}]*)+/u, "");
      // "…, the White House charged on Thursday." reports what came before; "X said that …" what follows.
      if (/^\s*[,.;]/u.test(tail) && /,\s*(?:the\s+)?$/iu.test(lead) && lead.length > 20) {
        content = trimEnd(text, { start: sentence.start, end: sentence.start + lead.search(/,\s*(?:the\s+)?$/iu) });
      } else {
        const rest = text.slice(Math.max(verb.end, claimant.end), sentence.end);
        const skip = /^(?: on \p{Lu}\p{L}+| earlier| later| previously| also)*(?: that)? ?/u.exec(rest)![0].length;
        content = trimEnd(text, { start: Math.max(verb.end, claimant.end) + skip, end: sentence.end });
      }
      if (content.end - content.start < 12) continue;
      const words = text.slice(content.start, content.end);
      claims.push({
        spans: [content],
        claimant: claimant.entity.id,
        verb,
        attribution: { speaker: claimant.entity.id, verb, kind: "stated", reason: null },
        status: statusOfVerb(m[0]),
        modality: modalityOf(words),
        quotations: quotations.flatMap((q, i) => (q.start >= content.start && q.end <= content.end + 1 ? [i] : [])),
      });
      break; // one statement per sentence: the first attributed verb carries it
    }
  }
  quotations.forEach((q, i) => {
    if (q.attribution.speaker === null || claims.some((c) => c.quotations.includes(i))) return;
    claims.push({
      spans: [{ start: q.start, end: q.end }],
      claimant: q.attribution.speaker,
      verb: q.attribution.verb,
      attribution: q.attribution,
      status: statusOfVerb(q.attribution.verb ? text.slice(q.attribution.verb.start, q.attribution.verb.end) : null),
      modality: modalityOf(text.slice(q.start, q.end)),
      quotations: [i],
    });
  });
  return claims.sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
}
