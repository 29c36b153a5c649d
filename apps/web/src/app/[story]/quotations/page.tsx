import Link from "next/link";
import type { Metadata } from "next";
import { ActorLink } from "@/components/atoms";
import { api, entityNames } from "@/lib/api";
import { pageMetadata } from "@/lib/meta";
import { atomHref } from "@/lib/site";
import { plural } from "@/lib/words";

type Props = { params: Promise<{ story: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story } = await params;
  return pageMetadata(
    `/${story}/quotations`,
    "Quotations",
    "Every quotation in the story, verbatim, with its speaker and reporting verbs.",
  );
}

export default async function QuotationsPage({ params }: Props) {
  const { story: storyId } = await params;
  const [quotations, names] = await Promise.all([api.quotations.list({ storyId }), entityNames(storyId)]);
  return (
    <>
      <h1>Quotations</h1>
      <p>The words the article puts between quotation marks, exactly as printed, in the order it first prints them.</p>
      <ol className="atom-list">
        {quotations.map((q) => (
          <li key={q.id}>
            <Link href={atomHref(storyId, q.id)}>“{q.text}”</Link>
            <br />
            <span className="meta">
              <ActorLink storyId={storyId} id={q.speaker} names={names} /> (
              {q.attribution.kind === "stated" ? "named" : "inferred"}) · {plural(q.appearances.length, "appearance")}
              {q.partial ? " · partial quotation" : ""}
              {q.unclosed ? " · closing mark missing" : ""}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
