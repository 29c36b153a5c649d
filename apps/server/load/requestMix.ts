import type { Request } from "autocannon";

const get = (path: string, input: unknown): Request => ({
  method: "GET",
  path: input === undefined ? `/trpc/${path}` : `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
});

async function data<T>(url: string, path: string, input: unknown): Promise<T> {
  const response = await fetch(url + get(path, input).path!);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

/**
 * What readers of one story ask for: the overview, the claims (filtered and in detail), quotes,
 * entities, the timeline and network, searches, exports, a batch, and a query sent as POST.
 * The ids come from the API itself, so the mix fits whatever story is served.
 */
export async function requestMix(url: string, storyId: string): Promise<Request[]> {
  const s = { storyId };
  const claims = await data<{ id: string; status: string }[]>(url, "claims.list", s);
  const entities = await data<{ id: string }[]>(url, "entities.list", s);
  const quotations = await data<{ id: string }[]>(url, "quotations.list", s);
  const batchInput = encodeURIComponent(JSON.stringify({ 0: s, 1: s, 2: { ...s, query: "food" } }));
  return [
    get("stories.list", undefined),
    get("story.overview", s),
    get("story.source", s),
    get("story.timeline", s),
    get("story.network", s),
    get("claims.list", s),
    get("claims.byStatus", s),
    ...[...new Set(claims.map((c) => c.status))].slice(0, 3).map((status) => get("claims.list", { ...s, status })),
    ...claims.slice(0, 5).map((c) => get("claims.detail", { ...s, claimId: c.id })),
    get("quotations.list", s),
    ...quotations.slice(0, 3).map((q) => get("quotations.detail", { ...s, quotationId: q.id })),
    get("entities.list", s),
    ...entities.slice(0, 5).map((e) => get("entities.detail", { ...s, entityId: e.id })),
    ...["food", "weapons", "sanction", "Kirby"].map((query) => get("search.query", { ...s, query, limit: 10 })),
    get("export.story", { ...s, format: "claims-csv" }),
    { method: "GET", path: `/trpc/story.overview,claims.byStatus,search.query?batch=1&input=${batchInput}` },
    { method: "POST", path: "/trpc/story.overview", headers: { "content-type": "application/json" }, body: JSON.stringify(s) },
  ];
}
