import type { Metadata } from "next";
import { SearchBox } from "@/components/SearchBox";
import { SearchHits, type SearchHit } from "@/components/SearchHits";
import { api } from "@/lib/api";
import { pageMetadata } from "@/lib/meta";

type Props = { params: Promise<{ story: string }>; searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story } = await params;
  // Indexable, with the canonical URL of the bare search page: results for one query are not a page of their own.
  return pageMetadata(`/${story}/search`, "Search the story", "Search every claim, quotation, actor and note of the story.");
}

/** The server's answer for the URL's query: hits, or the contract's one-sentence reason for refusing it. */
async function answerFor(storyId: string, query: string): Promise<SearchHit[] | string> {
  try {
    return await api.search.query({ storyId, query });
  } catch (error) {
    return error instanceof Error ? error.message : "The search failed.";
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { story: storyId } = await params;
  const q = (await searchParams).q;
  const query = (Array.isArray(q) ? q[0] : q)?.trim() ?? "";
  const answer = query ? await answerFor(storyId, query) : null;
  return (
    <>
      <h1>Search the story</h1>
      <p>
        Words are matched by their beginnings and with small typos forgiven, across claims, quotations, actors, events and notes.
      </p>
      <SearchBox storyId={storyId} initialQuery={query}>
        {answer !== null && (
          <section aria-labelledby="results" data-server-results="">
            <h2 id="results">Results</h2>
            {typeof answer === "string" ? (
              <p role="alert">{answer}</p>
            ) : (
              <>
                <p className="meta">
                  {answer.length} {answer.length === 1 ? "result" : "results"} for “<bdi>{query}</bdi>”.
                </p>
                <SearchHits storyId={storyId} hits={answer} />
              </>
            )}
          </section>
        )}
      </SearchBox>
    </>
  );
}
