// One short title per atom id, for link titles and annotation lists that only know an id.
import type { Story } from "@dossier/domain";

export function atomTitles(story: Story): Map<string, string> {
  const titles = new Map<string, string>();
  for (const e of story.entities) titles.set(e.id, e.name);
  for (const c of story.claims) titles.set(c.id, c.text);
  for (const q of story.quotations) titles.set(q.id, `“${q.text}”`);
  for (const e of story.events) titles.set(e.id, e.label);
  for (const t of story.times) titles.set(t.id, `Time: “${t.span.exact}”`);
  for (const q of story.quantities) titles.set(q.id, `Figure: ${q.counts}`);
  for (const x of story.exchanges) titles.set(x.id, `Exchange: ${x.label}`);
  for (const s of story.sanctions) titles.set(s.id, `Sanction: ${s.reason?.text ?? s.spans[0]?.exact ?? s.id}`);
  for (const l of story.instruments) titles.set(l.id, `Legal instrument: ${l.name}`);
  for (const n of story.notes) titles.set(n.id, `Note: ${n.text}`);
  for (const f of story.externalFacts) titles.set(f.id, `External fact: ${f.statement}`);
  return titles;
}

/** Kinds of annotation as the source page marks them (its legend uses the same names). */
export const ANNOTATION_CLASSES: Record<string, { className: string; label: string }> = {
  claim: { className: "k-claim", label: "Claim" },
  quotation: { className: "k-quotation", label: "Quotation" },
  entity: { className: "k-entity", label: "Actor" },
  note: { className: "k-note", label: "Editorial note" },
  time: { className: "k-time", label: "Time or event" },
  event: { className: "k-event", label: "Time or event" },
  quantity: { className: "k-other", label: "Figure, deal, sanction or law" },
  exchange: { className: "k-other", label: "Figure, deal, sanction or law" },
  sanction: { className: "k-other", label: "Figure, deal, sanction or law" },
  instrument: { className: "k-other", label: "Figure, deal, sanction or law" },
};
