import type { Metadata } from "next";
import { ActorLink, ClaimList } from "@/components/atoms";
import { Excerpt } from "@/components/Excerpt";
import { JsonLd } from "@/components/JsonLd";
import { api, orNotFound, entityNames, atomParams } from "@/lib/api";
import { describe, pageMetadata } from "@/lib/meta";
import { atomHref, SITE_URL, sourceHref } from "@/lib/site";
import { ATTRIBUTION_WORDS } from "@/lib/words";

export const dynamicParams = false;
type Props = { params: Promise<{ story: string; quotationId: string }> };

export const generateStaticParams = () => atomParams("quotationId", (storyId) => api.quotations.list({ storyId }));

const detailOf = (story: string, quotationId: string) =>
  orNotFound(api.quotations.detail({ storyId: story, quotationId: decodeURIComponent(quotationId) }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story, quotationId } = await params;
  const { quotation, speaker } = await detailOf(story, quotationId);
  const who = speaker?.name ?? "Unnamed speaker";
  return pageMetadata(
    atomHref(story, quotation.id),
    `${who}: “${describe(quotation.text)}”`,
    `Quoted words of ${who}: “${quotation.text}”`,
  );
}

export default async function QuotationPage({ params }: Props) {
  const { story: storyId, quotationId } = await params;
  const [detail, names] = await Promise.all([detailOf(storyId, quotationId), entityNames(storyId)]);
  const { quotation, speaker, medium, appearances, claims } = detail;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Quotation",
    "@id": `${SITE_URL}${atomHref(storyId, quotation.id)}`,
    text: quotation.text,
    ...(speaker
      ? { spokenByCharacter: { "@type": speaker.kind === "person" ? "Person" : "Organization", name: speaker.name } }
      : {}),
  };
  return (
    <article>
      <JsonLd data={jsonLd} />
      <p className="kicker">Quotation</p>
      <h1>
        <q>{quotation.text}</q>
      </h1>
      <dl className="facts">
        <dt>Speaker</dt>
        <dd>
          <ActorLink storyId={storyId} id={quotation.speaker} names={names} />
        </dd>
        <dt>Attribution</dt>
        <dd>
          {ATTRIBUTION_WORDS[quotation.attribution.kind]}
          {quotation.attribution.reason ? ` Why: ${quotation.attribution.reason}` : ""}
        </dd>
        {medium && (
          <>
            <dt>Said to</dt>
            <dd>
              <ActorLink storyId={storyId} id={medium.id} names={names} />
            </dd>
          </>
        )}
        <dt>Form</dt>
        <dd>
          {quotation.partial ? "A partial quotation: the article quotes only some of the words. " : "A full quotation. "}
          {quotation.unclosed ? "The article opens the quotation but never prints its closing mark." : ""}
        </dd>
      </dl>
      <h2>Where the article prints it</h2>
      {appearances.map((a) => (
        <Excerpt
          key={a.span.start}
          excerpt={a}
          sourceHref={sourceHref(storyId, quotation.id, a.span.start)}
          note={a.reportingVerb ? `reporting verb “${a.reportingVerb.exact}”` : "no reporting verb"}
        />
      ))}
      <h2>Claims it carries</h2>
      <ClaimList storyId={storyId} claims={claims} empty="This quotation carries no claim of its own." />
    </article>
  );
}
