import Link from "next/link";
import type { Metadata } from "next";
import { CLAIM_STATUSES, EXPORT_FORMAT_LABELS, EXPORT_FORMATS, STATUS_LABELS } from "@dossier/domain/vocabulary";
import { ClaimList } from "@/components/atoms";
import { JsonLd } from "@/components/JsonLd";
import { api } from "@/lib/api";
import { describe, pageMetadata } from "@/lib/meta";
import { SITE_URL, STORY_SECTIONS } from "@/lib/site";

type Props = { params: Promise<{ story: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story } = await params;
  const overview = await api.story.overview({ storyId: story });
  return pageMetadata(`/${story}`, overview.title, describe(overview.summary));
}

export default async function OverviewPage({ params }: Props) {
  const { story: storyId } = await params;
  const [overview, byStatus, files] = await Promise.all([
    api.story.overview({ storyId }),
    api.claims.byStatus({ storyId }),
    Promise.all(EXPORT_FORMATS.map((format) => api.export.story({ storyId, format }))),
  ]);
  // A compact NewsArticle: the full graph would ship twice (HTML and the page's payload) for every reader.
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${SITE_URL}/${storyId}`,
    headline: overview.source.headline,
    alternativeHeadline: overview.title,
    description: overview.summary,
    inLanguage: overview.source.metadata.language,
    ...(overview.source.metadata.publisher
      ? { publisher: { "@type": "Organization", name: overview.source.metadata.publisher } }
      : {}),
    ...(overview.source.metadata.published ? { datePublished: overview.source.metadata.published } : {}),
    ...(overview.source.metadata.url ? { isBasedOn: overview.source.metadata.url } : {}),
  };
  const counts = new Map(byStatus.map((group) => [group.status, group.claims.length]));
  return (
    <article>
      <JsonLd data={jsonLd} />
      <p className="kicker">The story in brief</p>
      <h1>{overview.title}</h1>
      <p className="lede">{overview.summary}</p>
      <p className="meta">
        The article's headline: “{overview.source.headline}” — {overview.counts.claims} claims, {overview.counts.quotations}{" "}
        quotations and {overview.counts.entities} actors traced to {overview.source.characters.toLocaleString("en")} characters of
        source text.
      </p>

      <h2>Key points</h2>
      <ol className="key-points">
        {overview.keyPoints.map((point) => (
          <li key={point.id} id={point.id}>
            <p>{point.text}</p>
            <details>
              <summary>
                {point.claims.length} {point.claims.length === 1 ? "claim" : "claims"} behind this point
              </summary>
              <ClaimList storyId={storyId} claims={point.claims} />
            </details>
          </li>
        ))}
      </ol>

      <h2 id="status-board">How the article presents its claims</h2>
      <p>Each claim is counted once, by how the article presents it — not by whether it is true.</p>
      <ul className="status-board">
        {CLAIM_STATUSES.filter((status) => counts.has(status)).map((status) => (
          <li key={status} data-status={status}>
            <span className="count">{counts.get(status)}</span>
            <Link href={`/${storyId}/claims/status/${status}`}>{STATUS_LABELS[status].label}</Link>
            <br />
            <span className="meta">{STATUS_LABELS[status].meaning}</span>
          </li>
        ))}
      </ul>

      <h2 id="data">Take the data</h2>
      <p>The same story as files, for a spreadsheet, a database or your own tools.</p>
      <ul>
        {files.map((file) => (
          <li key={file.format}>
            <a href={`/${storyId}/data/${file.filename}`} download>
              {file.filename}
            </a>{" "}
            <span className="meta">— {EXPORT_FORMAT_LABELS[file.format]}</span>
          </li>
        ))}
      </ul>

      <h2>Explore</h2>
      <ul>
        {STORY_SECTIONS.filter((s) => s.path !== "").map(({ path, label }) => (
          <li key={path}>
            <Link href={`/${storyId}${path}`}>{label}</Link>
          </li>
        ))}
      </ul>
    </article>
  );
}
