import { ATOM_COLLECTIONS, type Story } from "../schema/story";
import { collect } from "./walk";
import { checkParts, checkSpans } from "./spans";
import { checkLinks } from "./links";
import { checkOwnWords } from "./ownWords";
import { checkAttributedFlags, checkModalities, checkRelays } from "./telling";
import { formatPath, type StoryIssue } from "./issue";

/** Atoms that exist only to be used: one nobody references is an orphan. */
const MUST_BE_REFERENCED = new Set(["entities", "times", "quantities", "instruments"]);

interface Located {
  path: PropertyKey[];
  collection: string;
  atom: object;
}

function indexIds(story: Story, issues: StoryIssue[]): Map<string, Located> {
  const ids = new Map<string, Located>();
  const add = (atom: { id: string }, path: PropertyKey[], collection: string) => {
    const seen = ids.get(atom.id);
    if (seen) issues.push({ path: [...path, "id"], reason: `id ${atom.id} is already used at ${formatPath(seen.path)}` });
    else ids.set(atom.id, { path, collection, atom });
  };
  story.source.parts.forEach((part, i) => add(part, ["source", "parts", i], "parts"));
  for (const collection of ATOM_COLLECTIONS) {
    story[collection].forEach((atom, i) => add(atom, [collection, i], collection));
  }
  return ids;
}

function checkIntervals(story: Story): StoryIssue[] {
  const issues: StoryIssue[] = [];
  story.times.forEach((time, i) => {
    const { start, end } = time.interval ?? { start: null, end: null };
    if (start !== null && end !== null && start > end) {
      issues.push({ path: ["times", i, "interval"], reason: `the interval starts on ${start}, after it ends on ${end}` });
    }
  });
  story.quantities.forEach((q, i) => {
    if (q.range && q.range.min > q.range.max) {
      issues.push({
        path: ["quantities", i, "range"],
        reason: `the range minimum ${q.range.min} exceeds its maximum ${q.range.max}`,
      });
    }
    // A range read from vague wording is our inference: it must say how, and only a range needs to.
    if ((q.range === null) !== (q.derivation === undefined)) {
      issues.push({
        path: ["quantities", i, "derivation"],
        reason: q.range
          ? "a range needs a derivation saying how it follows from the wording"
          : "only a quantity with a range has a derivation",
      });
    }
  });
  return issues;
}

function checkQuotations(story: Story): StoryIssue[] {
  const issues: StoryIssue[] = [];
  story.quotations.forEach((quote, i) =>
    quote.appearances.forEach((appearance, j) => {
      if (appearance.span.exact !== quote.text) {
        issues.push({
          path: ["quotations", i, "appearances", j, "span", "exact"],
          reason: `the appearance does not quote the quotation's text word for word`,
        });
      }
    }),
  );
  return issues;
}

/**
 * Proves a schema-valid story is whole: unique ids, every reference resolves, every span
 * quotes the source exactly and unambiguously, no orphan atom, intervals ordered, and no link
 * that resolves but makes no sense (a claim related to itself, a doubled mention or appearance,
 * an external fact about a field its atom lacks); modalities agree with the events claims tell
 * of, attributed flags with reporting verbs, ranges say how they were derived, and the project's
 * prose repeats no long run of the source.
 * Returns every problem found; an empty list means the story may load.
 */
export function checkStory(story: Story): StoryIssue[] {
  const issues: StoryIssue[] = [];
  const ids = indexIds(story, issues);
  const { refs, spans } = collect(story);

  const referenced = new Set<string>();
  for (const ref of refs) {
    if (!ids.has(ref.id)) {
      issues.push({ path: ref.path, reason: `${ref.id} does not resolve to any atom of the story` });
      continue;
    }
    const owner = `${String(ref.path[0])}.${String(ref.path[1])}`;
    const target = ids.get(ref.id)!;
    if (`${String(target.path[0])}.${String(target.path[1])}` !== owner) referenced.add(ref.id);
  }
  for (const [id, { path, collection }] of ids) {
    if (MUST_BE_REFERENCED.has(collection) && !referenced.has(id)) {
      issues.push({ path: [...path, "id"], reason: `${id} is an orphan: no other atom refers to it` });
    }
  }
  story.quotations.forEach((quote, i) => {
    if (quote.claims.length === 0 && !referenced.has(quote.id)) {
      issues.push({
        path: ["quotations", i, "claims"],
        reason: `${quote.id} is an orphan: it carries no claim and no atom refers to it`,
      });
    }
  });

  issues.push(...checkParts(story.source.parts));
  issues.push(...checkSpans(story.source.text, story.source.parts, spans));
  issues.push(...checkIntervals(story));
  issues.push(...checkQuotations(story));
  issues.push(...checkLinks(story, new Map([...ids].map(([id, { atom }]) => [id, atom]))));
  issues.push(...checkModalities(story));
  issues.push(...checkAttributedFlags(story));
  issues.push(...checkRelays(story));
  issues.push(...checkOwnWords(story));
  return issues;
}
