import Link from "next/link";
import type { Metadata } from "next";
import { EDGE_KIND_LABELS, EDGE_KINDS } from "@dossier/domain/vocabulary";
import { ActorLink } from "@/components/atoms";
import { EDGE_FAMILY, FAMILY_LABELS, NetworkDiagram } from "@/components/NetworkDiagram";
import { api, entityNames, storyModel } from "@/lib/api";
import { atomTitles } from "@/lib/atomTitles";
import { pageMetadata } from "@/lib/meta";
import { layoutNetwork } from "@/lib/networkLayout";
import { atomHref } from "@/lib/site";

type Props = { params: Promise<{ story: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story } = await params;
  return pageMetadata(
    `/${story}/network`,
    "Who deals with whom",
    "The actors of the story and their relations: accusations, offers, sanctions and denials.",
  );
}

const WIDTH = 760;
const HEIGHT = 560;

export default async function NetworkPage({ params }: Props) {
  const { story: storyId } = await params;
  const [network, names, model] = await Promise.all([api.story.network({ storyId }), entityNames(storyId), storyModel(storyId)]);
  const titles = atomTitles(model);
  const placed = layoutNetwork(
    network.nodes.map((n) => n.id),
    network.edges,
    WIDTH,
    HEIGHT,
  );
  const nodes = placed.map((p) => ({ ...p, name: names.get(p.id)?.name ?? p.id, href: atomHref(storyId, p.id) }));
  const families = Object.entries(FAMILY_LABELS).map(([family, label]) => ({
    family,
    label,
    kinds: EDGE_KINDS.filter((k) => EDGE_FAMILY[k] === family && network.edges.some((e) => e.kind === k)),
  }));
  return (
    <div className="wide">
      <h1>Who deals with whom</h1>
      <p>
        Each arrow runs from the actor who acts or speaks to the one acted on or spoken of. The layout is computed once, when the
        site is built; the table under the diagram says the same in words.
      </p>
      <figure className="legend">
        <figcaption>Relations by colour</figcaption>
        <ul>
          {families
            .filter((f) => f.kinds.length > 0)
            .map((f) => (
              <li key={f.family} className={f.family}>
                <span className="swatch edge-swatch" aria-hidden="true" />
                {f.label} <span className="meta">({f.kinds.map((k) => EDGE_KIND_LABELS[k]).join("; ")})</span>
              </li>
            ))}
        </ul>
      </figure>
      <NetworkDiagram width={WIDTH} height={HEIGHT} nodes={nodes} edges={network.edges} />
      <h2 id="relations">The relations in words</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Every relation between two actors, with what it rests on</caption>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Relation</th>
              <th scope="col">Other actor</th>
              <th scope="col">Rests on</th>
            </tr>
          </thead>
          <tbody>
            {network.edges.map((e) => (
              <tr key={`${e.from}-${e.kind}-${e.to}`}>
                <td>
                  <ActorLink storyId={storyId} id={e.from} names={names} />
                </td>
                <td>{EDGE_KIND_LABELS[e.kind]}</td>
                <td>
                  <ActorLink storyId={storyId} id={e.to} names={names} />
                </td>
                <td>
                  {e.atoms.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? "; " : ""}
                      <Link href={atomHref(storyId, id)}>{titles.get(id) ?? id}</Link>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
