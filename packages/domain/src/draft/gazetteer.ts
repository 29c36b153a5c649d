// The shipped stories' entities as a gazetteer: every name and metonym their mentions use.
import type { Story } from "../schema/story";
import type { GazetteerEntry } from "./types";

export function gazetteerFrom(stories: Iterable<Story>, leaveOut: readonly string[] = []): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const story of stories) {
    if (leaveOut.includes(story.id)) continue;
    for (const entity of story.entities) {
      if (entity.unnamed) continue;
      const names = new Map<string, "name" | "metonym" | "title">([[entity.name, "name"]]);
      for (const mention of entity.mentions) {
        if (mention.form === "name" || mention.form === "metonym")
          names.set(mention.span.exact.replace(/^the /iu, ""), mention.form);
      }
      for (const alias of entity.aliases) if (/^\p{Lu}/u.test(alias)) names.set(alias, names.get(alias) ?? "name");
      entries.push({
        id: entity.id,
        kind: entity.kind,
        name: entity.name,
        names: [...names].map(([text, form]) => ({ text, form })),
      });
    }
  }
  return entries;
}
