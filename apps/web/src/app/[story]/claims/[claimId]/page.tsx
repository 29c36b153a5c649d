import Link from "next/link";
import type { Metadata } from "next";
import { ROLE_LABELS, STATUS_LABELS } from "@dossier/domain/vocabulary";
import { ActorLink, ActorList, StatusBadge } from "@/components/atoms";
import { Excerpt } from "@/components/Excerpt";
import { JsonLd } from "@/components/JsonLd";
import { api, orNotFound, entityNames, atomParams, storyModel } from "@/lib/api";
import { describe, pageMetadata } from "@/lib/meta";
import { atomHref, SITE_URL, sourceHref } from "@/lib/site";
import { ATTRIBUTION_WORDS, EVENT_MODE_WORDS, MODALITY_WORDS, PART_WORDS, RELATION_WORDS } from "@/lib/words";

export const dynamicParams = false;
type Props = { params: Promise<{ story: string; claimId: string }> };

export const generateStaticParams = () => atomParams("claimId", (storyId) => api.claims.list({ storyId }));

const detailOf = (story: string, claimId: string) =>
  orNotFound(api.claims.detail({ storyId: story, claimId: decodeURIComponent(claimId) }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story, claimId } = await params;
  const { claim } = await detailOf(story, claimId);
  return pageMetadata(atomHref(story, claim.id), describe(claim.text), `${STATUS_LABELS[claim.status].label}: ${claim.text}`);
}

export default async function ClaimPage({ params }: Props) {
  const { story: storyId, claimId } = await params;
  const [detail, names, model] = await Promise.all([detailOf(storyId, claimId), entityNames(storyId), storyModel(storyId)]);
  const { claim, claimant, excerpts, related, quotations, events } = detail;
  const status = STATUS_LABELS[claim.status];
  const quantities = model.quantities.filter((q) => claim.quantities.includes(q.id));
  const exchanges = model.exchanges.filter((x) => x.claims.includes(claim.id));
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Claim",
    "@id": `${SITE_URL}${atomHref(storyId, claim.id)}`,
    text: claim.text,
    ...(claimant ? { author: { "@type": claimant.kind === "person" ? "Person" : "Organization", name: claimant.name } } : {}),
    appearance: excerpts.map((e) => ({ "@type": "Quotation", text: e.span.exact })),
  };
  return (
    <article>
      <JsonLd data={jsonLd} />
      <p className="kicker">
        Claim · <StatusBadge status={claim.status} /> · {ROLE_LABELS[claim.role]}
      </p>
      <h1>{claim.text}</h1>
      <dl className="facts">
        <dt>Who says it</dt>
        <dd>{claimant ? <ActorLink storyId={storyId} id={claimant.id} names={names} /> : "Nobody named: the article itself"}</dd>
        <dt>Attribution</dt>
        <dd>
          {ATTRIBUTION_WORDS[claim.attribution.kind]}
          {claim.attribution.reason ? ` Why: ${claim.attribution.reason}` : ""}
        </dd>
        <dt>How it is presented</dt>
        <dd>
          {status.label}. {status.meaning} This describes the article, not whether the claim is true.
        </dd>
        <dt>Wording</dt>
        <dd>The claim is {MODALITY_WORDS[claim.modality] ?? claim.modality}.</dd>
        {claim.about.length > 0 && (
          <>
            <dt>About</dt>
            <dd>
              <ActorList storyId={storyId} ids={claim.about} names={names} />
            </dd>
          </>
        )}
        {claim.mentions.length > 0 && (
          <>
            <dt>Also mentions</dt>
            <dd>
              <ActorList storyId={storyId} ids={claim.mentions} names={names} />
            </dd>
          </>
        )}
      </dl>

      <h2>Where the article says it</h2>
      {excerpts.map((excerpt) => (
        <Excerpt
          key={`${excerpt.appearance}-${excerpt.span.start}`}
          excerpt={excerpt}
          sourceHref={sourceHref(storyId, claim.id, excerpt.span.start)}
          note={
            excerpt.reportingVerb
              ? `attributed with “${excerpt.reportingVerb.exact}”`
              : excerpt.attributed
                ? "attributed"
                : `stated in ${PART_WORDS[excerpt.part?.kind ?? "body"] ?? "the text"} with no source`
          }
        />
      ))}

      <h2>Related claims</h2>
      {related.length === 0 ? (
        <p className="meta">No other claim is linked to this one.</p>
      ) : (
        <ul className="atom-list">
          {related.map((r) => (
            <li key={`${r.direction}-${r.claim.id}`}>
              <span className="meta">{RELATION_WORDS[r.relation]?.[r.direction] ?? r.relation}:</span>{" "}
              <Link href={atomHref(storyId, r.claim.id)}>{r.claim.text}</Link> <StatusBadge status={r.claim.status} />
            </li>
          ))}
        </ul>
      )}

      {quotations.length > 0 && (
        <>
          <h2>Quotations that carry it</h2>
          <ul className="atom-list">
            {quotations.map((q) => (
              <li key={q.id}>
                <Link href={atomHref(storyId, q.id)}>“{q.text}”</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {events.length > 0 && (
        <>
          <h2>Events it tells of</h2>
          <ul className="atom-list">
            {events.map((e) => (
              <li key={e.id}>
                <Link href={atomHref(storyId, e.id)}>{e.label}</Link>{" "}
                <span className="meta">({EVENT_MODE_WORDS[e.mode] ?? e.mode})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {quantities.length > 0 && (
        <>
          <h2>Figures</h2>
          <ul className="atom-list">
            {quantities.map((q) => (
              <li key={q.id}>
                <Link href={atomHref(storyId, q.id)}>“{q.spans[0]?.exact}”</Link> — {q.counts}
              </li>
            ))}
          </ul>
        </>
      )}
      {exchanges.length > 0 && (
        <>
          <h2>Exchanges it involves</h2>
          <ul className="atom-list">
            {exchanges.map((x) => (
              <li key={x.id}>
                <Link href={atomHref(storyId, x.id)}>{x.label}</Link> <span className="meta">({x.status})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
