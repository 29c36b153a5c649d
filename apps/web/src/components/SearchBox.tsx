"use client";
// A plain GET form (results rendered on the server) that, with JavaScript, also answers as you type
// through the site's /api/trpc route.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { SearchHits, type SearchHit } from "./SearchHits";

const TYPE_DELAY_MS = 200;

/** Asks the contract's search procedure over HTTP; null when the query is refused or the request fails. */
export async function searchOverHttp(storyId: string, query: string, signal?: AbortSignal): Promise<SearchHit[] | string> {
  const input = encodeURIComponent(JSON.stringify({ storyId, query }));
  const response = await fetch(`/api/trpc/search.query?input=${input}`, { signal, headers: { accept: "application/json" } });
  const body = (await response.json()) as { result?: { data: SearchHit[] }; error?: { message: string } };
  if (body.result) return body.result.data;
  return body.error?.message ?? "The search failed.";
}

/** `children` are the server's results for the URL's query, shown until the reader types. */
export function SearchBox({ storyId, initialQuery, children }: { storyId: string; initialQuery: string; children?: ReactNode }) {
  const [query, setQuery] = useState(initialQuery);
  const [answer, setAnswer] = useState<{ query: string; hits: SearchHit[] | string } | null>(null);
  const first = useRef(true);

  useEffect(() => {
    // The first render shows the server's results for the URL's query; typing takes over after.
    if (first.current) {
      first.current = false;
      return;
    }
    const trimmed = query.trim();
    if (trimmed === "") {
      setAnswer(null);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      searchOverHttp(storyId, trimmed, abort.signal).then(
        (hits) => setAnswer({ query: trimmed, hits }),
        () => undefined,
      );
    }, TYPE_DELAY_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query, storyId]);

  return (
    <>
      <form className="search-form" role="search" action={`/${storyId}/search`} method="get">
        <label htmlFor="search-query" className="visually-hidden">
          Search the story
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          dir="auto"
          value={query}
          maxLength={200}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="submit">Search</button>
      </form>
      {answer === null && children}
      {answer && (
        <section aria-labelledby="live-results" data-live-results="">
          <h2 id="live-results">Results as you type</h2>
          <p className="meta" aria-live="polite">
            {typeof answer.hits === "string" ? (
              answer.hits
            ) : (
              <>
                {answer.hits.length} {answer.hits.length === 1 ? "result" : "results"} for “<bdi>{answer.query}</bdi>”.
              </>
            )}
          </p>
          {typeof answer.hits !== "string" && <SearchHits storyId={storyId} hits={answer.hits} />}
        </section>
      )}
    </>
  );
}
