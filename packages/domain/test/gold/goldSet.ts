// The labelled set: arms-for-food's own story file read as gold, and the hand-annotated articles
// in this folder (see RULES.md), each turned into plain offsets for the scorer.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Labelled, Who } from "../../src/draft/score";
import type { Range } from "../../src/draft/types";

const PACKAGE = join(import.meta.dirname, "..", "..");
export const GOLD_DIR = import.meta.dirname;

export interface GoldArticle {
  slug: string;
  text: string;
  published: string | undefined;
  gold: Labelled;
}

interface Story {
  entities: { id: string; name: string; aliases: string[]; mentions: { span: Range; form: string }[] }[];
  quotations: { speaker: string; appearances: { span: Range }[] }[];
  times: { span: Range }[];
  quantities: { spans: Range[] }[];
}

const bare = ({ start, end }: Range): Range => ({ start, end });

/** arms-for-food as gold: quotation appearances with speakers, named and metonymic mentions, times, quantity spans. */
export function armsForFood(): GoldArticle {
  const dir = join(PACKAGE, "stories", "arms-for-food");
  const text = readFileSync(join(dir, "source.txt"), "utf8");
  const story = JSON.parse(readFileSync(join(dir, "story.json"), "utf8")) as Story;
  const who = (id: string): Who => {
    const e = story.entities.find((x) => x.id === id)!;
    return { names: [e.name, ...e.aliases], spans: e.mentions.map((m) => bare(m.span)) };
  };
  return {
    slug: "arms-for-food",
    text,
    published: "2023-03-30",
    gold: {
      quotations: story.quotations.flatMap((q) => q.appearances.map((a) => ({ ...bare(a.span), speaker: who(q.speaker) }))),
      mentions: story.entities.flatMap((e) =>
        e.mentions.filter((m) => m.form === "name" || m.form === "metonym").map((m) => bare(m.span)),
      ),
      times: story.times.map((t) => bare(t.span)),
      quantities: story.quantities.flatMap((q) => q.spans.map(bare)),
    },
  };
}

interface Annotation {
  exact: string;
  nth?: number;
}
interface GoldFile {
  published?: string;
  quotations: (Annotation & { speaker: string })[];
  mentions: (Annotation & { entity: string })[];
  times: Annotation[];
  quantities: Annotation[];
}

/** Not inside a longer word: "Russia" does not occur in "Russian". */
const standsAlone = (text: string, at: number, exact: string) =>
  !(/^\p{L}/u.test(exact) && /\p{L}/u.test(text[at - 1] ?? "")) &&
  !(/\p{L}$/u.test(exact) && /\p{L}/u.test(text[at + exact.length] ?? ""));

/** The offsets of the nth whole-word occurrence (1 by default) of `exact`; throws when the text lacks it. */
export function locate(text: string, a: Annotation, file: string): Range {
  let at = -1;
  for (let i = 0; i < (a.nth ?? 1); i++) {
    do at = text.indexOf(a.exact, at + 1);
    while (at !== -1 && !standsAlone(text, at, a.exact));
    if (at === -1) break;
  }
  if (at === -1) throw new Error(`${file}: ${JSON.stringify(a.exact)} (occurrence ${a.nth ?? 1}) is not in the text`);
  return { start: at, end: at + a.exact.length };
}

export function handAnnotated(): GoldArticle[] {
  return readdirSync(GOLD_DIR)
    .filter((name) => statSync(join(GOLD_DIR, name)).isDirectory())
    .sort()
    .map((slug) => {
      const text = readFileSync(join(GOLD_DIR, slug, "source.txt"), "utf8");
      const file = join(slug, "gold.json");
      const g = JSON.parse(readFileSync(join(GOLD_DIR, file), "utf8")) as GoldFile;
      // A speaker is named as its entity is in `mentions`; every mention of that entity identifies it.
      const who = (name: string): Who => ({
        names: [name, ...g.mentions.filter((m) => m.entity === name).map((m) => m.exact)],
        spans: g.mentions.filter((m) => m.entity === name).map((m) => locate(text, m, file)),
      });
      return {
        slug,
        text,
        published: g.published,
        gold: {
          quotations: g.quotations.map((q) => ({ ...locate(text, q, file), speaker: who(q.speaker) })),
          mentions: g.mentions.map((m) => locate(text, m, file)),
          times: g.times.map((t) => locate(text, t, file)),
          quantities: g.quantities.map((q) => locate(text, q, file)),
        },
      };
    });
}
