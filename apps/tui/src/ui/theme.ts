// Semantic colour tokens: components ask for `status.allegation` or `text.muted`, never a colour.
// Without colour (NO_COLOR, FORCE_COLOR=0) the screen leans on bold, inverse and text markers.
import type { ClaimStatusName } from "@dossier/domain/vocabulary";

type Colour = string | undefined;

export interface Theme {
  colour: boolean;
  text: { primary: Colour; muted: Colour; heading: Colour; accent: Colour; error: Colour };
  status: Record<ClaimStatusName, Colour>;
  span: { annotated: Colour; selected: Colour };
  tab: { active: Colour };
}

const COLOUR: Theme = {
  colour: true,
  text: { primary: undefined, muted: "gray", heading: "cyan", accent: "yellow", error: "red" },
  status: {
    "official-action": "green",
    allegation: "red",
    assessment: "yellow",
    "reported-unconfirmed": "magenta",
    planned: "blue",
    hypothetical: "blue",
    denial: "cyan",
    statement: "white",
    "article-fact": "gray",
    editorial: "magentaBright",
  },
  span: { annotated: "cyan", selected: "yellow" },
  tab: { active: "cyan" },
};

const PLAIN: Theme = {
  colour: false,
  text: { primary: undefined, muted: undefined, heading: undefined, accent: undefined, error: undefined },
  status: Object.fromEntries(Object.keys(COLOUR.status).map((status) => [status, undefined])) as Theme["status"],
  span: { annotated: undefined, selected: undefined },
  tab: { active: undefined },
};

/** FORCE_COLOR (other than 0/false) wins; otherwise NO_COLOR with any value turns colour off. */
export function themeFor(env: Readonly<Record<string, string | undefined>>): Theme {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "0" && force !== "false") return COLOUR;
  if (force === "0" || force === "false") return PLAIN;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return PLAIN;
  return COLOUR;
}
