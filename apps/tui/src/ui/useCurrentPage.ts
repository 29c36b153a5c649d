// Asks the API for what the current view needs and builds its page. Every query hook is called on
// every render (hooks may not be conditional); the ones not needed now get a null input.
import { useMemo } from "react";
import type { ClaimStatusName } from "@dossier/domain/vocabulary";
import { currentView, cursorOf, type Navigation } from "./navigation";
import { useQuery } from "./useQuery";
import type { Page } from "./pages/page";
import { overviewPage } from "./pages/overviewPage";
import { claimDetailPage, claimsPage } from "./pages/claimPages";
import { quoteDetailPage, quotesPage } from "./pages/quotePages";
import { actorDetailPage, actorsPage } from "./pages/actorPages";
import { networkPage, timelinePage } from "./pages/storyPages";
import { sourcePage, sourceStops } from "./pages/sourcePage";
import { searchPage } from "./pages/searchPage";

export interface PageState {
  page?: Page;
  error?: string;
  /** The statuses that have claims, for the filter key. */
  statuses: ClaimStatusName[];
  storyTitle?: string;
  /** For the source screen: its stops, so a jump can find the one to select. */
  sourceStops?: ReturnType<typeof sourceStops>;
  /** On a wide terminal, the selected item of a list opened beside it. */
  aside?: Page;
}

export function useCurrentPage(nav: Navigation, storyId: string, width: number, asideWidth = 0): PageState {
  const view = currentView(nav);
  const screen = view.kind === "screen" ? view.screen : null;
  const story = { storyId };
  const when = <T>(need: boolean, input: T): T | null => (need ? input : null);

  const overview = useQuery("story.overview", story);
  const board = useQuery("claims.byStatus", story);
  const needNames = screen === "claims" || screen === "quotes" || screen === "actors" || view.kind === "actor";
  const entities = useQuery("entities.list", when(needNames, story));
  const claims = useQuery("claims.list", when(screen === "claims", { storyId, ...(nav.filter ? { status: nav.filter } : {}) }));
  const quotations = useQuery("quotations.list", when(screen === "quotes", story));
  const timeline = useQuery("story.timeline", when(screen === "timeline", story));
  const network = useQuery("story.network", when(screen === "network", story));
  const source = useQuery("story.source", when(screen === "source", story));
  const query = nav.query.trim();
  const hits = useQuery("search.query", when(query.length > 0, { storyId, query, limit: 50 }));
  const claim = useQuery("claims.detail", view.kind === "claim" ? { storyId, claimId: view.id } : null);
  const quote = useQuery("quotations.detail", view.kind === "quote" ? { storyId, quotationId: view.id } : null);
  const actor = useQuery("entities.detail", view.kind === "actor" ? { storyId, entityId: view.id } : null);

  const stops = useMemo(() => (source.data ? sourceStops(source.data.annotations) : undefined), [source.data]);
  const names = useMemo(() => new Map((entities.data ?? []).map((entity) => [entity.id, entity.name])), [entities.data]);
  const statuses = (board.data ?? []).map((group) => group.status);
  const base = { statuses, storyTitle: overview.data?.title, sourceStops: stops };

  const build = (): { page?: Page; error?: string } => {
    const pick = <T>(state: { data?: T; error?: string }, make: (data: T) => Page) =>
      state.error ? { error: state.error } : state.data !== undefined ? { page: make(state.data) } : {};
    if (view.kind === "claim") return pick(claim, (data) => claimDetailPage(data, width, storyId));
    if (view.kind === "quote") return pick(quote, (data) => quoteDetailPage(data, width, storyId));
    if (view.kind === "actor")
      return entities.data
        ? pick(actor, (data) => actorDetailPage(data, names, width, storyId))
        : pick(entities, () => ({ title: "", lines: [] }));
    if (view.kind !== "screen") return {};
    switch (view.screen) {
      case "overview":
        return board.data
          ? pick(overview, (data) => overviewPage(data, board.data ?? [], width))
          : pick(board, () => ({ title: "", lines: [] }));
      case "claims":
        return entities.data
          ? pick(claims, (data) => claimsPage(data, names, nav.filter, storyId))
          : pick(entities, () => ({ title: "", lines: [] }));
      case "quotes":
        return entities.data
          ? pick(quotations, (data) => quotesPage(data, names, storyId))
          : pick(entities, () => ({ title: "", lines: [] }));
      case "actors":
        return pick(entities, (data) => actorsPage(data, storyId));
      case "timeline":
        return pick(timeline, (data) => timelinePage(data, width));
      case "network":
        return pick(network, (data) => networkPage(data));
      case "source":
        return pick(source, (data) => sourcePage(data, stops ?? [], cursorOf(nav), width));
      case "search":
        return query ? pick(hits, (data) => searchPage(query, data)) : { page: searchPage("", []) };
    }
  };
  const built = build();
  // The web app has a page per screen (/story/timeline, /story/source…); lists' items carry their own.
  const main =
    built.page && view.kind === "screen" && !built.page.webPath
      ? { ...built, page: { ...built.page, webPath: `/${storyId}${view.screen === "overview" ? "" : `/${view.screen}`}` } }
      : built;
  // The aside: what enter would open, shown beside the list when the terminal has room for both.
  const selected = asideWidth > 0 && main.page?.items ? main.page.items[cursorOf(nav)]?.target : undefined;
  const asideOf = (kind: string) => (selected && selected.kind === kind && "id" in selected ? selected.id : null);
  const claimAside = useQuery("claims.detail", asideOf("claim") ? { storyId, claimId: asideOf("claim")! } : null);
  const quoteAside = useQuery("quotations.detail", asideOf("quote") ? { storyId, quotationId: asideOf("quote")! } : null);
  const actorAside = useQuery("entities.detail", asideOf("actor") ? { storyId, entityId: asideOf("actor")! } : null);
  const aside =
    selected?.kind === "claim" && claimAside.data
      ? claimDetailPage(claimAside.data, asideWidth, storyId)
      : selected?.kind === "quote" && quoteAside.data
        ? quoteDetailPage(quoteAside.data, asideWidth, storyId)
        : selected?.kind === "actor" && actorAside.data
          ? actorDetailPage(actorAside.data, names, asideWidth, storyId)
          : undefined;
  return { ...base, ...main, ...(aside ? { aside } : {}) };
}
