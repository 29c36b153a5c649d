import Link from "next/link";
import type { Metadata } from "next";
import { EDGE_KIND_LABELS, ENTITY_KIND_LABELS } from "@dossier/domain/vocabulary";
import { ActorLink, ActorList, ClaimList } from "@/components/atoms";
import { JsonLd } from "@/components/JsonLd";
import { api, orNotFound, entityNames, atomParams } from "@/lib/api";
import { pageMetadata } from "@/lib/meta";
import { atomHref, SITE_URL, sourceHref } from "@/lib/site";
import { EVENT_MODE_WORDS, PART_WORDS } from "@/lib/words";

export const dynamicParams = false;
type Props = { params: Promise<{ story: string; actorId: string }> };

export const generateStaticParams = () => atomParams("actorId", (storyId) => api.entities.list({ storyId }));

const dossierOf = (story: string, actorId: string) =>
  orNotFound(api.entities.detail({ storyId: story, entityId: decodeURIComponent(actorId) }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story, actorId } = await params;
  const { entity } = await dossierOf(story, actorId);
  return pageMetadata(atomHref(story, entity.id), entity.name, entity.description ?? `${entity.name} in the story.`);
}

export default async function ActorPage({ params }: Props) {
  const { story: storyId, actorId } = await params;
  const [dossier, names] = await Promise.all([dossierOf(storyId, actorId), entityNames(storyId)]);
  const { entity, nationality, partOf, members, mentions, claimsBy, claimsAbout, quotations, exchanges, sanctions, edges } =
    dossier;
  const events = [...dossier.eventsAsActor, ...dossier.eventsAsRecipient.filter((e) => !dossier.eventsAsActor.includes(e))];
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": entity.kind === "person" ? "Person" : entity.kind === "country" ? "Country" : "Organization",
    "@id": `${SITE_URL}${atomHref(storyId, entity.id)}`,
    name: entity.name,
    ...(entity.aliases.length ? { alternateName: entity.aliases } : {}),
    ...(entity.description ? { description: entity.description } : {}),
  };
  return (
    <article>
      <JsonLd data={jsonLd} />
      <p className="kicker">{ENTITY_KIND_LABELS[entity.kind]}</p>
      <h1>{entity.name}</h1>
      {entity.description && <p className="lede">{entity.description}</p>}
      <dl className="facts">
        {entity.aliases.length > 0 && (
          <>
            <dt>Also called</dt>
            <dd>{entity.aliases.join(", ")}</dd>
          </>
        )}
        {nationality && (
          <>
            <dt>Nationality</dt>
            <dd>
              <ActorLink storyId={storyId} id={nationality.id} names={names} />
            </dd>
          </>
        )}
        {partOf && (
          <>
            <dt>Part of</dt>
            <dd>
              <ActorLink storyId={storyId} id={partOf.id} names={names} />
            </dd>
          </>
        )}
        {members.length > 0 && (
          <>
            <dt>Includes</dt>
            <dd>
              <ActorList storyId={storyId} ids={members.map((m) => m.id)} names={names} />
            </dd>
          </>
        )}
      </dl>

      <h2>How the article names them</h2>
      <ul className="atom-list">
        {mentions.map((m) => (
          <li key={m.span.start}>
            <Link href={sourceHref(storyId, entity.id, m.span.start)}>“{m.span.exact}”</Link>{" "}
            <span className="meta">in {m.part ? (PART_WORDS[m.part.kind] ?? m.part.kind) : "the text"}</span>
            {m.role && (
              <>
                {" "}
                — titled “{m.role.text}”
                {m.role.organisation && (
                  <>
                    {" "}
                    (<ActorLink storyId={storyId} id={m.role.organisation} names={names} />)
                  </>
                )}
              </>
            )}
          </li>
        ))}
      </ul>

      <h2>What they say</h2>
      <ClaimList storyId={storyId} claims={claimsBy} empty="The article gives no claim to them." />
      {quotations.length > 0 && (
        <ul className="atom-list">
          {quotations.map((q) => (
            <li key={q.id}>
              <Link href={atomHref(storyId, q.id)}>“{q.text}”</Link>
            </li>
          ))}
        </ul>
      )}

      <h2>What is said about them</h2>
      <ClaimList storyId={storyId} claims={claimsAbout} empty="No claim is about them or mentions them." />

      {edges.length > 0 && (
        <>
          <h2>Relations</h2>
          <ul className="atom-list">
            {edges.map((e) => (
              <li key={`${e.from}-${e.kind}-${e.to}`}>
                <ActorLink storyId={storyId} id={e.from} names={names} /> {EDGE_KIND_LABELS[e.kind]}{" "}
                <ActorLink storyId={storyId} id={e.to} names={names} />
              </li>
            ))}
          </ul>
        </>
      )}
      {events.length > 0 && (
        <>
          <h2>Events</h2>
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
      {(sanctions.length > 0 || exchanges.length > 0) && (
        <>
          <h2>Sanctions and exchanges</h2>
          <ul className="atom-list">
            {sanctions.map((s) => (
              <li key={s.id}>
                Sanction: <ActorList storyId={storyId} ids={s.authority} names={names} /> on{" "}
                <ActorList storyId={storyId} ids={s.target} names={names} /> — <Link href={atomHref(storyId, s.id)}>details</Link>
              </li>
            ))}
            {exchanges.map((x) => (
              <li key={x.id}>
                Exchange: <Link href={atomHref(storyId, x.id)}>{x.label}</Link> <span className="meta">({x.status})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href={`/${storyId}/claims/actor/${entity.id}`}>Every claim involving {entity.name}</Link>
      </p>
    </article>
  );
}
