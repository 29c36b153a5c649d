import Link from "next/link";
import type { Metadata } from "next";
import { api } from "@/lib/api";
import { pageMetadata } from "@/lib/meta";

export const metadata: Metadata = pageMetadata(
  "/",
  "Dossier — news stories explained claim by claim",
  "Each story as a set of claims, quotations and actors, every statement traceable to its place in the article.",
);

export default async function HomePage() {
  const stories = await api.stories.list();
  const [lead, ...others] = stories;
  return (
    <>
      <h1>Stories explained claim by claim</h1>
      <p className="lede">
        Read who says what, how sure the article is, and check any statement against the source in one click.
      </p>
      {lead ? (
        <section aria-labelledby="lead-story" className="panel">
          <p className="kicker">{stories.length === 1 ? "The story" : "Latest story"}</p>
          <h2 id="lead-story">
            <Link href={`/${lead.id}`}>{lead.title}</Link>
          </h2>
          <p>{lead.summary}</p>
          <p>
            <Link href={`/${lead.id}`}>Read the story in brief →</Link>
          </p>
        </section>
      ) : (
        <p>No story is published yet.</p>
      )}
      {others.length > 0 && (
        <>
          <h2>More stories</h2>
          <ul className="atom-list">
            {others.map((story) => (
              <li key={story.id}>
                <Link href={`/${story.id}`}>{story.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
