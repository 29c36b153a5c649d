import Link from "next/link";
import type { Metadata } from "next";
import { SourceText } from "@/components/SourceText";
import { api, storyModel } from "@/lib/api";
import { ANNOTATION_CLASSES } from "@/lib/atomTitles";
import { pageMetadata } from "@/lib/meta";

type Props = { params: Promise<{ story: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story } = await params;
  return pageMetadata(
    `/${story}/source`,
    "The source, annotated",
    "The article verbatim, with every claim, quotation, actor and note marked where it stands.",
  );
}

export default async function SourcePage({ params }: Props) {
  const { story: storyId } = await params;
  const [source, model] = await Promise.all([api.story.source({ storyId }), storyModel(storyId)]);
  const legend = [
    ...new Map(Object.values(ANNOTATION_CLASSES).map((c) => [c.className === "k-event" ? "k-time" : c.className, c.label])),
  ];
  return (
    <>
      <h1>The source, annotated</h1>
      <p>
        The article exactly as given to us, typos and all. Each marked stretch links to what we read in it; where marks overlap,
        the link goes to the innermost one. Tab through the marks to reach each one.
      </p>
      <figure className="legend">
        <figcaption>Marks by kind</figcaption>
        <ul>
          {legend.map(([className, label]) => (
            <li key={className}>
              <span className={`swatch ${className}`} aria-hidden="true" />
              {label}
            </li>
          ))}
        </ul>
      </figure>
      <SourceText storyId={storyId} source={source} />

      <h2>Oddities of the text</h2>
      <p>
        Marked with a wavy line: typos, a quotation that never closes, a headline that says more than the body, captions that
        differ. Each links to its note;{" "}
        <Link href={`/${storyId}/framing`}>all {model.notes.length} notes are gathered under Framing</Link>.
      </p>
    </>
  );
}
