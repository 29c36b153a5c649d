// The proposals as a story file: ids, spans with the prefix a repeated quote needs, claims marked
// for review, and a note holding every atom no claim uses yet, so the file passes every check.
import { disambiguate, isUnique } from "../authoring/anchorSpans";
import { scaffoldStory } from "../authoring/scaffold";
import { slugify } from "./entities";
import { lemmaOf } from "./verbs";
import type { Proposals } from "./draftStory";
import type { DraftOptions, Range, ReviewItem } from "./types";

const DRAFT = "Draft for review, to be written in your own words:";

export function assembleStory(
  text: string,
  options: DraftOptions,
  p: Proposals,
): { story: Record<string, unknown>; review: ReviewItem[] } {
  const story = scaffoldStory({ slug: options.slug, text });
  const review: ReviewItem[] = [];
  const span = (r: Range) => {
    const exact = text.slice(r.start, r.end);
    return { start: r.start, end: r.end, exact, ...(isUnique(text, exact) ? {} : disambiguate(text, r.start, exact)) };
  };
  const used = new Set<string>();
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const inside = (r: Range, spans: readonly Range[]) => spans.some((s) => s.start <= r.start && r.end <= s.end);
  const nameOf = (id: string) => p.entities.find((e) => e.id === id)?.name ?? id;

  const entities = p.entities.map((e) => {
    used.add(e.id);
    if (e.source === "text") review.push({ at: e.mentions[0]!, what: `${e.id}: kind ${e.kind} guessed from the name alone` });
    return {
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      description: `${DRAFT} who or what ${e.name} is, as the text presents it.`,
      nationality: null,
      partOf: null,
      unnamed: e.unnamed ?? false,
      mentions: e.mentions.map((m) => ({
        span: span(m),
        form: m.form,
        role: m.role
          ? { text: text.slice(m.role.start, m.role.end), span: span(m.role), organisation: m.role.organisation }
          : null,
      })),
    };
  });

  const times = p.times.map((t) => {
    const id = unique(`time.${slugify(text.slice(t.start, t.end)).slice(0, 40)}`);
    if (t.interval && t.fromPublished) review.push({ at: t, what: `${id}: dated from the publication date (${t.method ?? ""})` });
    return {
      id,
      span: span(t),
      interval: t.interval,
      precision: t.precision,
      derivation: t.interval ? { method: t.method ?? "As written.", from: t.fromPublished ? ["ext.published"] : [] } : null,
    };
  });
  const quantities = p.quantities.map((q) => {
    const id = unique(`qty.${slugify(q.unit)}`);
    if (q.range) review.push({ at: q, what: `${id}: ${q.rangeReason ?? "range to check"}` });
    return {
      id,
      qualifier: q.qualifier,
      value: q.value,
      range: q.range,
      ...(q.range ? { derivation: { method: q.rangeReason ?? "The usual span of the word.", from: [] } } : {}),
      unit: q.unit,
      counts: `${DRAFT} what these ${q.unit} count.`,
      spans: [span(q)],
    };
  });

  // Quotations: one atom per speaker and wording, each printing an appearance.
  const quoteIds: (string | null)[] = [];
  const quotations: Record<string, unknown>[] = [];
  const byWording = new Map<string, { appearances: unknown[] }>();
  p.quotations.forEach((q) => {
    const words = text.slice(q.start, q.end);
    const speaker = q.attribution.speaker;
    if (speaker === null) {
      quoteIds.push(null);
      review.push({ at: q, what: "quotation with no speaker found: left out of the file; add it by hand" });
      return;
    }
    const appearance = { span: span(q), reportingVerb: q.attribution.verb ? span(q.attribution.verb) : null };
    const same = byWording.get(`${speaker}\n${words}`);
    if (same) {
      same.appearances.push(appearance);
      quoteIds.push(
        quoteIds[p.quotations.findIndex((o) => o.attribution.speaker === speaker && text.slice(o.start, o.end) === words)]!,
      );
      return;
    }
    const id = unique(`quote.${slugify(nameOf(speaker)).split("-").pop()}-${slugify(words.split(/\s+/u).slice(0, 3).join(" "))}`);
    quoteIds.push(id);
    if (q.attribution.kind === "inferred")
      review.push({ at: q, what: `${id}: speaker ${nameOf(speaker)} inferred — ${q.attribution.reason ?? ""}` });
    const atom = {
      id,
      speaker,
      attribution: { kind: q.attribution.kind, reason: q.attribution.reason },
      text: words,
      appearances: [appearance],
      partial: q.partial,
      unclosed: q.unclosed,
      medium: q.medium,
      claims: [] as string[],
    };
    byWording.set(`${speaker}\n${words}`, atom);
    quotations.push(atom);
  });

  const claims = p.claims.map((c) => {
    const verbWord = c.verb ? text.slice(c.verb.start, c.verb.end) : null;
    const id = unique(
      `claim.${slugify(nameOf(c.claimant)).split("-").pop()}-${slugify(text.slice(c.spans[0]!.start, c.spans[0]!.end).split(/\s+/u).slice(0, 3).join(" "))}`,
    );
    review.push({
      at: c.spans[0]!,
      what: `${id}: status ${c.status} guessed from ${verbWord ? `"${verbWord}"` : "no verb"}, modality ${c.modality}`,
    });
    for (const i of c.quotations) {
      const quote = quotations.find((q) => q.id === quoteIds[i]) as { claims: string[] } | undefined;
      if (quote && !quote.claims.includes(id)) quote.claims.push(id);
    }
    const named = p.entities.filter((e) => e.id !== c.claimant && e.mentions.some((m) => inside(m, c.spans))).map((e) => e.id);
    return {
      id,
      text: `${DRAFT} what ${nameOf(c.claimant)} ${verbWord ? (lemmaOf(verbWord) ?? "say") + "s" : "says"} here.`,
      claimant: c.claimant,
      attribution: { kind: c.attribution.kind, reason: c.attribution.reason },
      status: c.status,
      modality: c.modality,
      role: "supporting",
      about: [],
      mentions: named,
      appearances: [{ spans: c.spans.map(span), reportingVerb: c.verb ? span(c.verb) : null, attributed: c.verb !== null }],
      quantities: quantities.filter((q) => inside(q.spans[0]!, c.spans)).map((q) => q.id),
      times: times.filter((t) => inside(t.span, c.spans)).map((t) => t.id),
      instruments: [],
      related: [],
    };
  });

  const notes: Record<string, unknown>[] = [];
  p.quotations.forEach((q, i) => {
    if (q.unclosed && quoteIds[i]) {
      notes.push({
        id: unique("note.unclosed-quotation"),
        kind: "unclosed-quotation",
        text:
          q.continued || p.quotations[i + 1]?.continued
            ? "The quotation mark is left open at the paragraph's end, the convention for a quotation the next paragraph continues."
            : "The quotation mark is never closed; the draft takes the quotation to run to the end of its paragraph.",
        spans: [],
        atoms: [quoteIds[i]],
      });
    }
  });
  const referenced = new Set<string>(
    JSON.stringify(claims)
      .match(/"(?:person|country|body|intl|org|media|group|time|qty)\.[^"]+"/gu)
      ?.map((s) => s.slice(1, -1)) ?? [],
  );
  for (const q of quotations) referenced.add(q.speaker as string);
  for (const e of entities) for (const m of e.mentions) if (m.role?.organisation) referenced.add(m.role.organisation);
  for (const q of quotations) if (q.medium) referenced.add(q.medium as string);
  const loose = [...entities, ...times, ...quantities].map((a) => a.id).filter((id) => !referenced.has(id));
  if (loose.length > 0) {
    notes.push({
      id: unique("note.draft-unlinked"),
      kind: "ambiguity",
      text: `${DRAFT} story:draft found these atoms but tied them to no claim. Link each to the claim that uses it, or delete it; then delete this note.`,
      spans: [],
      atoms: loose,
    });
  }
  const dated = times.filter((t) => t.derivation?.from.includes("ext.published")).map((t) => ({ atom: t.id, field: "interval" }));
  const externalFacts =
    options.published && dated.length > 0
      ? [
          {
            id: "ext.published",
            statement: `The article appeared on ${options.published}, the date the author gave when drafting; relative times are dated from it.`,
            value: options.published,
            about: dated,
            reference: {
              title: "Publication date given to story:draft",
              publisher: "The author of this story file",
              date: options.published,
              locator: null,
            },
            confidence: "medium",
          },
        ]
      : [];
  const headlineClaim = (story.claims as unknown[])[0];
  review.sort((a, b) => a.at.start - b.at.start);
  return {
    story: { ...story, entities, claims: [headlineClaim, ...claims], quotations, times, quantities, notes, externalFacts },
    review,
  };
}
