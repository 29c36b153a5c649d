import type { Story } from "../schema/story";
import type { StoryIssue } from "./issue";

const spanKey = (s: { start: number; end: number }) => `${s.start}-${s.end}`;

/** A claim cannot relate to itself: the link would say nothing. */
function checkSelfRelations(story: Story): StoryIssue[] {
  const issues: StoryIssue[] = [];
  story.claims.forEach((claim, i) =>
    claim.related.forEach((relation, j) => {
      if (relation.claim === claim.id) {
        issues.push({ path: ["claims", i, "related", j, "claim"], reason: `${claim.id} is related to itself` });
      }
    }),
  );
  return issues;
}

/** One stretch of text names one entity once: a second mention of it is a copy or a misattribution. */
function checkMentions(story: Story): StoryIssue[] {
  const issues: StoryIssue[] = [];
  const owner = new Map<string, string>();
  story.entities.forEach((entity, i) =>
    entity.mentions.forEach((mention, j) => {
      const key = spanKey(mention.span);
      const seen = owner.get(key);
      if (seen !== undefined) {
        const where = seen === entity.id ? "already a mention of this entity" : `already a mention of ${seen}`;
        issues.push({ path: ["entities", i, "mentions", j, "span"], reason: `the text at ${key} is ${where}` });
      } else owner.set(key, entity.id);
    }),
  );
  return issues;
}

/** The same appearance listed twice would count one telling as two. */
function checkAppearances(story: Story): StoryIssue[] {
  const issues: StoryIssue[] = [];
  const check = (collection: "claims" | "quotations", i: number, keys: string[]) => {
    const seen = new Set<string>();
    keys.forEach((key, j) => {
      if (seen.has(key))
        issues.push({ path: [collection, i, "appearances", j], reason: `the appearance at ${key} is listed twice` });
      seen.add(key);
    });
  };
  story.claims.forEach((claim, i) =>
    check(
      "claims",
      i,
      claim.appearances.map((a) => a.spans.map(spanKey).join("+")),
    ),
  );
  story.quotations.forEach((quote, i) =>
    check(
      "quotations",
      i,
      quote.appearances.map((a) => spanKey(a.span)),
    ),
  );
  return issues;
}

/** An external fact may only fill a field its atom has. */
function checkExternalFields(story: Story, atoms: ReadonlyMap<string, object>): StoryIssue[] {
  const issues: StoryIssue[] = [];
  story.externalFacts.forEach((fact, i) =>
    fact.about.forEach(({ atom, field }, j) => {
      const target = atoms.get(atom);
      if (target !== undefined && field !== null && !(field in target)) {
        issues.push({ path: ["externalFacts", i, "about", j, "field"], reason: `${atom} has no field named ${field}` });
      }
    }),
  );
  return issues;
}

/** Links that resolve but make no sense: self-relations, doubled mentions and appearances, unknown fields. */
export function checkLinks(story: Story, atoms: ReadonlyMap<string, object>): StoryIssue[] {
  return [
    ...checkSelfRelations(story),
    ...checkMentions(story),
    ...checkAppearances(story),
    ...checkExternalFields(story, atoms),
  ];
}
