// Every key of the reader in ONE table: the input hook dispatches from it, and the `?` help and
// the hint bar are drawn from it, so what is shown is what works.
import type { Key } from "ink";

export type Command =
  | "down"
  | "up"
  | "pageDown"
  | "pageUp"
  | "top"
  | "bottom"
  | "open"
  | "back"
  | "nextScreen"
  | "previousScreen"
  | "gotoScreen"
  | "search"
  | "nextMatch"
  | "previousMatch"
  | "filter"
  | "showInSource"
  | "openInBrowser"
  | "copyCitation"
  | "help"
  | "quit";

export interface Binding {
  command: Command;
  /** How the help screen and the hint bar write the keys. */
  keys: string;
  description: string;
  /** Short form for the hint bar; bindings without one appear only in the help. */
  hint?: string;
  matches: (input: string, key: Key) => boolean;
}

export const BINDINGS: readonly Binding[] = [
  { command: "down", keys: "j ↓", description: "next item / scroll down", matches: (i, k) => i === "j" || k.downArrow },
  { command: "up", keys: "k ↑", description: "previous item / scroll up", matches: (i, k) => i === "k" || k.upArrow },
  { command: "pageDown", keys: "space PgDn", description: "a page down", matches: (i, k) => i === " " || k.pageDown },
  { command: "pageUp", keys: "b PgUp", description: "a page up", matches: (i, k) => i === "b" || k.pageUp },
  { command: "top", keys: "g", description: "first item", matches: (i, k) => i === "g" || k.home },
  { command: "bottom", keys: "G", description: "last item", matches: (i, k) => i === "G" || k.end },
  {
    command: "open",
    keys: "enter",
    description: "open the item (a span opens its claim, quotation or actor)",
    hint: "open",
    matches: (_i, k) => k.return,
  },
  {
    command: "back",
    keys: "esc ⌫",
    description: "back to where you were",
    hint: "back",
    matches: (_i, k) => k.escape || k.backspace || k.delete,
  },
  { command: "nextScreen", keys: "tab", description: "next screen", hint: "screens", matches: (_i, k) => k.tab && !k.shift },
  { command: "previousScreen", keys: "shift-tab", description: "previous screen", matches: (_i, k) => k.tab && k.shift },
  { command: "gotoScreen", keys: "1-8", description: "go to a screen by its number", matches: (i) => /^[1-8]$/.test(i) },
  { command: "search", keys: "/", description: "search the story as you type", hint: "search", matches: (i) => i === "/" },
  { command: "nextMatch", keys: "n", description: "next search match", matches: (i) => i === "n" },
  { command: "previousMatch", keys: "N", description: "previous search match", matches: (i) => i === "N" },
  {
    command: "filter",
    keys: "f",
    description: "claims: show only the next status (cycles back to all)",
    hint: "filter",
    matches: (i) => i === "f",
  },
  {
    command: "showInSource",
    keys: "s",
    description: "show the item's words in the source",
    hint: "source",
    matches: (i) => i === "s",
  },
  { command: "openInBrowser", keys: "o", description: "open the item's page in the browser", matches: (i) => i === "o" },
  {
    command: "copyCitation",
    keys: "y",
    description: "copy a citation (OSC 52; else shown to select)",
    hint: "cite",
    matches: (i) => i === "y",
  },
  { command: "help", keys: "?", description: "this help", hint: "help", matches: (i) => i === "?" },
  { command: "quit", keys: "q ctrl-c", description: "quit", hint: "quit", matches: (i, k) => i === "q" || (k.ctrl && i === "c") },
];

/** The command a key press means, if any. */
export function commandFor(input: string, key: Key): Command | undefined {
  return BINDINGS.find((binding) => binding.matches(input, key))?.command;
}
