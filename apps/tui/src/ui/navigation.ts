// Where the reader is: a stack of views (screens and the atoms opened from them), a cursor per
// view, the claims filter and the search. Pure functions, so every move is testable without Ink.
import { CLAIM_STATUSES, type ClaimStatusName } from "@dossier/domain/vocabulary";
import type { SourceSpan, Target } from "./pages/page";

export const SCREENS = ["overview", "claims", "quotes", "actors", "timeline", "network", "source", "search"] as const;
export type ScreenName = (typeof SCREENS)[number];
export const SCREEN_TITLES: Record<ScreenName, string> = {
  overview: "Overview",
  claims: "Claims",
  quotes: "Quotes",
  actors: "Actors",
  timeline: "Timeline",
  network: "Network",
  source: "Source",
  search: "Search",
};

export type View = { kind: "screen"; screen: ScreenName } | { kind: "claim" | "quote" | "actor"; id: string };

export interface Navigation {
  stack: View[];
  cursors: Readonly<Record<string, number>>;
  filter: ClaimStatusName | null;
  query: string;
  typing: boolean;
  help: boolean;
  /** Where the source screen should put its cursor when it next opens (a jump from an atom). */
  sourceFocus: SourceSpan | null;
  message: string | null;
}

export const initialNavigation: Navigation = {
  stack: [{ kind: "screen", screen: "overview" }],
  cursors: {},
  filter: null,
  query: "",
  typing: false,
  help: false,
  sourceFocus: null,
  message: null,
};

export const currentView = (nav: Navigation): View => nav.stack[nav.stack.length - 1] ?? { kind: "screen", screen: "overview" };
export const viewKey = (view: View): string => (view.kind === "screen" ? view.screen : `${view.kind}:${view.id}`);
/** The screen a view belongs to, for the tab bar: an opened claim is under Claims. */
export const screenOf = (nav: Navigation): ScreenName => {
  const base = nav.stack[0];
  return base?.kind === "screen" ? base.screen : "overview";
};

export const cursorOf = (nav: Navigation, view: View = currentView(nav)): number => nav.cursors[viewKey(view)] ?? 0;

/** Moves the current view's cursor within `count` positions (items, or scroll lines). */
export function moveCursor(nav: Navigation, to: (cursor: number) => number, count: number): Navigation {
  const key = viewKey(currentView(nav));
  const next = Math.max(0, Math.min(Math.max(0, count - 1), to(nav.cursors[key] ?? 0)));
  return { ...nav, cursors: { ...nav.cursors, [key]: next }, message: null };
}

export const setCursor = (nav: Navigation, view: View, cursor: number): Navigation => ({
  ...nav,
  cursors: { ...nav.cursors, [viewKey(view)]: cursor },
});

/** Switches to a screen, leaving any opened atoms behind. */
export const gotoScreen = (nav: Navigation, screen: ScreenName): Navigation => ({
  ...nav,
  stack: [{ kind: "screen", screen }],
  help: false,
  message: null,
});

export function cycleScreen(nav: Navigation, step: 1 | -1): Navigation {
  const at = SCREENS.indexOf(screenOf(nav));
  return gotoScreen(nav, SCREENS[(at + step + SCREENS.length) % SCREENS.length] as ScreenName);
}

/** Follows a target: an atom opens on top of the stack, a span opens the source there. */
export function open(nav: Navigation, target: Target): Navigation {
  if (target.kind === "source")
    return { ...nav, stack: [...nav.stack, { kind: "screen", screen: "source" }], sourceFocus: target.span, message: null };
  return { ...nav, stack: [...nav.stack, { kind: target.kind, id: target.id }], message: null };
}

/** Back one step; at the bottom of the stack, back to the Overview. */
export function back(nav: Navigation): Navigation {
  if (nav.help) return { ...nav, help: false };
  if (nav.stack.length > 1) return { ...nav, stack: nav.stack.slice(0, -1), message: null };
  return gotoScreen(nav, "overview");
}

/** The next status for the claims filter: all, then each status in the vocabulary's order that has claims. */
export function nextFilter(current: ClaimStatusName | null, present: readonly ClaimStatusName[]): ClaimStatusName | null {
  const order = CLAIM_STATUSES.filter((status) => present.includes(status));
  if (current === null) return order[0] ?? null;
  return order[order.indexOf(current) + 1] ?? null;
}
