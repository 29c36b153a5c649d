import type { Metadata } from "next";
import { ClaimList } from "@/components/atoms";
import { NoteItem } from "@/components/NoteItem";
import { api, storyModel } from "@/lib/api";
import { atomTitles } from "@/lib/atomTitles";
import { pageMetadata } from "@/lib/meta";

type Props = { params: Promise<{ story: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story } = await params;
  return pageMetadata(
    `/${story}/framing`,
    "How the article frames it",
    "Where the headline says more than the body, where captions differ, and what the article says in its own voice.",
  );
}

/** The notes in the order a reader meets the framing: headline first, the text's slips last. */
const SECTIONS = [
  {
    id: "headline",
    title: "Headline and body",
    kinds: ["headline-body-difference", "title-difference"],
    intro: "Where the headline or a standfirst bullet says more, or other, than the body.",
  },
  {
    id: "captions",
    title: "Captions",
    kinds: ["caption-difference"],
    intro: "Where a photo caption states or names things differently from the body.",
  },
  {
    id: "wording",
    title: "Evaluative wording and ambiguity",
    kinds: ["evaluative-wording", "ambiguity", "garbled-attribution"],
    intro: "Words that judge, and sentences that can be read more than one way.",
  },
  {
    id: "slips",
    title: "Slips in the text",
    kinds: ["typo", "punctuation", "unclosed-quotation", "layout"],
    intro: "Typos, punctuation and layout, kept verbatim in the source.",
  },
];

export default async function FramingPage({ params }: Props) {
  const { story: storyId } = await params;
  const [model, claims] = await Promise.all([storyModel(storyId), api.claims.list({ storyId })]);
  const titles = atomTitles(model);
  const ownVoice = claims.filter((c) => c.attribution.kind === "article-voice");
  const covered = new Set(SECTIONS.flatMap((s) => s.kinds));
  const rest = model.notes.filter((n) => !covered.has(n.kind));
  return (
    <>
      <h1>How the article frames it</h1>
      <p className="lede">
        A news report chooses its headline, its captions and its own words. Here is every place we noticed the framing, gathered
        in one place.
      </p>
      {SECTIONS.map((section) => {
        const notes = model.notes.filter((n) => section.kinds.includes(n.kind));
        if (notes.length === 0) return null;
        return (
          <section key={section.id} aria-labelledby={section.id}>
            <h2 id={section.id}>{section.title}</h2>
            <p>{section.intro}</p>
            <ul className="atom-list">
              {notes.map((note) => (
                <NoteItem key={note.id} storyId={storyId} note={note} titles={titles} />
              ))}
            </ul>
          </section>
        );
      })}
      {rest.length > 0 && (
        <section aria-labelledby="other-notes">
          <h2 id="other-notes">Other notes</h2>
          <ul className="atom-list">
            {rest.map((note) => (
              <NoteItem key={note.id} storyId={storyId} note={note} titles={titles} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="own-voice">
        <h2 id="own-voice">In the article's own voice</h2>
        <p>Claims the article makes without naming anyone as their source.</p>
        <ClaimList storyId={storyId} claims={ownVoice} empty="The article attributes every claim." />
      </section>
    </>
  );
}
