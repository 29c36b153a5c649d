// The terminal review report: the article in reading order with every proposal marked inline,
// then the judgments to confirm, so an author reviews the draft in one pass.
import type { Draft } from "./draftStory";

/** Control and bidirectional-override characters would act on the reader's terminal: shown as "�". */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they must not reach the terminal
const safe = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, "�");

interface Mark {
  at: number;
  open: boolean;
  label: string;
  length: number;
  /** Which proposal: two with the same span close in the reverse of the order they opened. */
  seq: number;
}

export function reviewReport(text: string, draft: Draft): string {
  const p = draft.proposals;
  const marks: Mark[] = [];
  const add = (start: number, end: number, open: string, close: string) => {
    const seq = marks.length;
    marks.push({ at: start, open: true, label: open, length: end - start, seq });
    marks.push({ at: end, open: false, label: close, length: end - start, seq });
  };
  const nameOf = (id: string | null) => (id === null ? "no speaker found" : (p.entities.find((e) => e.id === id)?.name ?? id));
  p.quotations.forEach((q, i) => {
    const how = q.attribution.kind === "inferred" ? ", inferred" : "";
    add(
      q.start,
      q.end,
      `⟦Q${i + 1} `,
      `⟧(${nameOf(q.attribution.speaker)}${how}${q.partial ? ", partial" : ""}${q.unclosed ? ", unclosed" : ""})`,
    );
  });
  for (const e of p.entities)
    for (const m of e.mentions) add(m.start, m.end, "[", `|${e.id}${m.form === "name" ? "" : ` ${m.form}`}]`);
  for (const t of p.times)
    add(t.start, t.end, "{", t.interval ? `|${t.interval.start ?? "…"}..${t.interval.end ?? "…"}}` : "|time}");
  for (const q of p.quantities) add(q.start, q.end, "<", `|${q.value ?? `${q.range?.min}-${q.range?.max}`} ${q.unit}>`);
  // Closing marks before opening ones at one offset; the longer span opens first so marks nest.
  marks.sort(
    (a, b) =>
      a.at - b.at ||
      Number(a.open) - Number(b.open) ||
      (a.open ? b.length - a.length || a.seq - b.seq : a.length - b.length || b.seq - a.seq),
  );
  const lines: string[] = [];
  for (const part of p.parts) {
    let out = "";
    let cursor = part.start;
    for (const mark of marks.filter((m) => m.at >= part.start && m.at <= part.end)) {
      out += safe(text.slice(cursor, mark.at)) + mark.label;
      cursor = mark.at;
    }
    out += safe(text.slice(cursor, part.end));
    lines.push(`${part.kind.padEnd(10)} ${out}`);
    const claims = p.claims.filter((c) => c.spans[0]!.start >= part.start && c.spans[0]!.start < part.end);
    for (const c of claims)
      lines.push(`${"".padEnd(10)}   claim: ${nameOf(c.claimant)} — ${c.status}, ${c.modality} (to review)`);
  }
  const review = draft.review.map((r, i) => `${String(i + 1).padStart(3)}. at ${r.at.start}: ${safe(r.what)}`);
  return [
    "Legend: ⟦Q quotation⟧(speaker)  [mention|entity]  {time|interval}  <quantity|value unit>",
    "",
    ...lines,
    "",
    `To review (${review.length}): judgments the draft made that a person should confirm.`,
    ...review,
    "",
  ].join("\n");
}
