// The one input hook: every key press becomes a command from the binding table (or, while the
// search line is open, text for the query) and a new navigation state.
import { useInput, useApp, type Key } from "ink";
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { BINDINGS, commandFor } from "./keys/bindings";
import { sanitize } from "../text/sanitize";
import {
  back,
  currentView,
  cursorOf,
  cycleScreen,
  gotoScreen,
  moveCursor,
  nextFilter,
  open,
  screenOf,
  setCursor,
  SCREENS,
  type Navigation,
} from "./navigation";
import type { PageState } from "./useCurrentPage";
import type { Subject } from "./pages/page";
import { stopAt } from "./pages/sourcePage";
import { clipboardAllowed, openInBrowser, osc52, webUrl } from "./actions";

export interface ReaderSettings {
  web: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Where OSC 52 goes: the terminal. */
  writeToTerminal: (text: string) => void;
}

const HELP_KEY = "help";

/** Every modifier and special key off: what a plain character reads as. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** What Ink would have said for one plain character read alone. */
export function keyOf(char: string): Key {
  if (char === "\r" || char === "\n") return { ...NO_KEY, return: true };
  if (char === "\t") return { ...NO_KEY, tab: true };
  if (char === "\u007f" || char === "\b") return { ...NO_KEY, backspace: true };
  if (char === "\u0003") return { ...NO_KEY, ctrl: true };
  return { ...NO_KEY, shift: char !== char.toLowerCase() };
}

export function useReaderKeys(
  nav: Navigation,
  setNav: Dispatch<SetStateAction<Navigation>>,
  state: PageState,
  bodyHeight: number,
  settings: ReaderSettings,
) {
  const { exit } = useApp();
  // Ink re-subscribes the handler only after a frame is written; a key pressed in between must
  // still see the page on screen, so the handler reads the latest render through a ref.
  const latest = useRef({ nav, state, bodyHeight });
  latest.current = { nav, state, bodyHeight };
  const say = (message: string) => setNav((n) => ({ ...n, message }));

  const typeQuery = (input: string, key: Key) => {
    if (key.escape || key.return) return setNav((n) => ({ ...n, typing: false }));
    if (key.backspace || key.delete) return setNav((n) => ({ ...n, query: n.query.slice(0, -1) }));
    const typed = sanitize(input).replace(/[\n\t]/g, " ");
    if (typed && !key.ctrl && !key.meta)
      setNav((n) => setCursor({ ...n, query: (n.query + typed).slice(0, 200) }, { kind: "screen", screen: "search" }, 0));
  };

  /** n/N: move through the hit list, from any screen. */
  const match = (nav: Navigation, count: number, step: 1 | -1) => {
    if (!nav.query.trim()) return say("No search yet: press / to search.");
    if (screenOf(nav) !== "search")
      return setNav((n) => moveCursor(gotoScreen(n, "search"), (c) => c + step, Number.MAX_SAFE_INTEGER));
    setNav((n) => moveCursor(n, (c) => c + step, count));
  };

  const handle = (input: string, key: Key) => {
    const { nav, state, bodyHeight } = latest.current;
    const page = state.page;
    const cursor = cursorOf(nav);
    const subject: Subject | undefined = page?.items ? page.items[cursor] : page;
    const count = page?.items ? page.items.length : Math.max(1, (page?.lines.length ?? 0) - bodyHeight + 1);
    if (nav.typing) return typeQuery(input, key);
    const command = commandFor(input, key);
    if (nav.help && command !== "help" && command !== "back" && command !== "quit" && command !== "down" && command !== "up")
      return;
    const view = currentView(nav);
    switch (command) {
      case "down":
      case "up": {
        const step = command === "down" ? 1 : -1;
        if (nav.help)
          return setNav((n) => ({
            ...n,
            cursors: { ...n.cursors, [HELP_KEY]: Math.max(0, Math.min(BINDINGS.length - 1, (n.cursors[HELP_KEY] ?? 0) + step)) },
          }));
        return setNav((n) => moveCursor(n, (c) => c + step, count));
      }
      case "pageDown":
        return setNav((n) =>
          moveCursor(n, (c) => c + Math.max(1, page?.items ? Math.floor(bodyHeight / 2) : bodyHeight - 1), count),
        );
      case "pageUp":
        return setNav((n) =>
          moveCursor(n, (c) => c - Math.max(1, page?.items ? Math.floor(bodyHeight / 2) : bodyHeight - 1), count),
        );
      case "top":
        return setNav((n) => moveCursor(n, () => 0, count));
      case "bottom":
        return setNav((n) => moveCursor(n, () => count - 1, count));
      case "open":
        return subject && page?.items && subject.target ? setNav((n) => open(n, subject.target!)) : say("Nothing to open here.");
      case "back":
        return setNav(back);
      case "nextScreen":
        return setNav((n) => cycleScreen(n, 1));
      case "previousScreen":
        return setNav((n) => cycleScreen(n, -1));
      case "gotoScreen":
        return setNav((n) => gotoScreen(n, SCREENS[Number(input) - 1] ?? "overview"));
      case "search":
        return setNav((n) => ({ ...gotoScreen(n, "search"), typing: true }));
      case "nextMatch":
        return match(nav, count, 1);
      case "previousMatch":
        return match(nav, count, -1);
      case "filter":
        if (view.kind !== "screen" || view.screen !== "claims") return say("f filters the Claims screen (2).");
        return setNav((n) => setCursor({ ...n, filter: nextFilter(n.filter, state.statuses) }, view, 0));
      case "showInSource":
        if (!subject?.span) return say("This item has no words in the source.");
        return setNav((n) => open(n, { kind: "source", span: subject.span! }));
      case "openInBrowser": {
        // An item without a page of its own opens the page it is listed on.
        const path = subject?.webPath ?? page?.webPath;
        if (!path) return say("This item has no page on the web.");
        void openInBrowser(webUrl(settings.web, path)).then(say);
        return;
      }
      case "copyCitation": {
        if (!subject?.cite) return say("Nothing to cite here.");
        const where = subject.webPath ? ` ${webUrl(settings.web, subject.webPath)}` : "";
        const citation = sanitize(`${subject.cite} — in “${state.storyTitle ?? ""}”${where}`);
        if (!clipboardAllowed(settings.env)) return say(`Citation: ${citation}`);
        settings.writeToTerminal(osc52(citation));
        return say(`Copied: ${citation}`);
      }
      case "help":
        return setNav((n) => ({ ...n, help: !n.help }));
      case "quit":
        return exit();
      case undefined:
        return;
    }
  };

  // A terminal may deliver several keys in one read ("j" and Enter as "j\r"). Each is handled
  // after the frame of the one before, so Enter opens the item that j just selected.
  const queue = useRef<string[]>([]);
  const [, pump] = useState(0);
  useEffect(() => {
    const next = queue.current.shift();
    if (next === undefined) return;
    handle(next === "\u0003" ? "c" : next, keyOf(next));
    pump((n) => n + 1);
  });
  useInput((input, key) => {
    if (input.length > 1 && !input.includes("\u001b")) {
      queue.current.push(...input);
      pump((n) => n + 1);
      return;
    }
    handle(input, key);
  });
}

/** When the source opens at a span (a jump from an atom or a hit), select the stop that holds it. */
export function focusSource(nav: Navigation, stops: PageState["sourceStops"]): Navigation | null {
  const view = currentView(nav);
  if (!nav.sourceFocus || !stops || view.kind !== "screen" || view.screen !== "source") return null;
  return { ...setCursor(nav, view, stopAt(stops, nav.sourceFocus)), sourceFocus: null };
}
