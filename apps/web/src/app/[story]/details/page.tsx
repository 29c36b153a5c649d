import Link from "next/link";
import type { Metadata } from "next";
import { ActorLink, ActorList } from "@/components/atoms";
import { entityNames, storyModel } from "@/lib/api";
import { atomTitles } from "@/lib/atomTitles";
import { pageMetadata } from "@/lib/meta";
import { atomHref, sourceHref } from "@/lib/site";

type Props = { params: Promise<{ story: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story } = await params;
  return pageMetadata(
    `/${story}/details`,
    "Figures, deals, sanctions and outside facts",
    "The numbers, exchanges, sanctions and legal instruments in the story, and the outside facts its dates rest on.",
  );
}

const Quoted = ({ storyId, atomId, span }: { storyId: string; atomId: string; span?: { start: number; exact: string } }) =>
  span ? <Link href={sourceHref(storyId, atomId, span.start)}>“{span.exact}”</Link> : null;

export default async function DetailsPage({ params }: Props) {
  const { story: storyId } = await params;
  const [model, names] = await Promise.all([storyModel(storyId), entityNames(storyId)]);
  const titles = atomTitles(model);
  const who = (id: string | null) =>
    id === null ? "someone the text does not name" : <ActorLink storyId={storyId} id={id} names={names} />;
  return (
    <>
      <h1>Figures, deals, sanctions and outside facts</h1>
      <h2 id="figures">Figures</h2>
      <ul className="atom-list">
        {model.quantities.map((q) => (
          <li key={q.id} id={q.id}>
            <Quoted storyId={storyId} atomId={q.id} span={q.spans[0]} /> — {q.counts}.{" "}
            <span className="meta">
              {q.value !== null ? `Read as ${q.qualifier ? `${q.qualifier.text} ` : ""}${q.value.toLocaleString("en")}` : ""}
              {q.range ? `Read as between ${q.range.min.toLocaleString("en")} and ${q.range.max.toLocaleString("en")}` : ""}
              {q.unit ? ` ${q.unit}` : ""}.
            </span>
          </li>
        ))}
      </ul>
      <h2 id="exchanges">Exchanges</h2>
      <ul className="atom-list">
        {model.exchanges.map((x) => (
          <li key={x.id} id={x.id}>
            <strong>{x.label}</strong> <span className="badge">{x.status}</span>
            <ul>
              {x.legs.map((leg, i) => (
                <li key={i}>
                  {leg.goods}: from {who(leg.from)} to {who(leg.to)}{" "}
                  <Quoted storyId={storyId} atomId={x.id} span={leg.spans[0]} />
                </li>
              ))}
            </ul>
            {x.broker && <p className="meta">Broker: {who(x.broker)}</p>}
            <p className="meta">
              Told in:{" "}
              {x.claims.map((id, i) => (
                <span key={id}>
                  {i > 0 ? " · " : ""}
                  <Link href={atomHref(storyId, id)}>{titles.get(id) ?? id}</Link>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
      <h2 id="sanctions">Sanctions</h2>
      <ul className="atom-list">
        {model.sanctions.map((s) => (
          <li key={s.id} id={s.id}>
            <ActorList storyId={storyId} ids={s.authority} names={names} /> on{" "}
            <ActorList storyId={storyId} ids={s.target} names={names} />:{" "}
            <Quoted storyId={storyId} atomId={s.id} span={s.spans[0]} />
            {s.reason && <p>Stated reason: {s.reason.text}</p>}
          </li>
        ))}
      </ul>
      <h2 id="instruments">Laws and resolutions</h2>
      <ul className="atom-list">
        {model.instruments.map((l) => (
          <li key={l.id} id={l.id}>
            {l.name} <Quoted storyId={storyId} atomId={l.id} span={l.spans[0]} />
          </li>
        ))}
      </ul>
      <h2 id="external-facts">Outside facts</h2>
      <p>Facts from outside the article that we rely on, mostly to put dates on words such as “Thursday”.</p>
      <ul className="atom-list">
        {model.externalFacts.map((f) => (
          <li key={f.id} id={f.id}>
            {f.statement}
            <br />
            <span className="meta">
              Source: {f.reference.title}
              {f.reference.publisher ? `, ${f.reference.publisher}` : ""}
              {f.reference.date ? `, ${f.reference.date}` : ""} · confidence {f.confidence}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
