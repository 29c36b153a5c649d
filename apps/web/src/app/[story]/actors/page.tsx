import Link from "next/link";
import type { Metadata } from "next";
import { ENTITY_KINDS, ENTITY_KIND_LABELS } from "@dossier/domain/vocabulary";
import { api } from "@/lib/api";
import { pageMetadata } from "@/lib/meta";
import { atomHref } from "@/lib/site";
import { plural } from "@/lib/words";

type Props = { params: Promise<{ story: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story } = await params;
  return pageMetadata(`/${story}/actors`, "Actors", "The people, countries, government bodies and groups the story names.");
}

export default async function ActorsPage({ params }: Props) {
  const { story: storyId } = await params;
  const entities = await api.entities.list({ storyId });
  return (
    <>
      <h1>Actors</h1>
      <p>Everyone and everything the article names or points at, grouped by kind.</p>
      {ENTITY_KINDS.map((kind) => {
        const group = entities.filter((e) => e.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{ENTITY_KIND_LABELS[kind]}</h2>
            <ul className="atom-list">
              {group.map((e) => (
                <li key={e.id}>
                  <Link href={atomHref(storyId, e.id)}>{e.name}</Link>{" "}
                  <span className="meta">· {plural(e.mentions.length, "mention")}</span>
                  <br />
                  {e.description}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
