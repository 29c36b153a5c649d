// Where the site lives and how its pages are addressed: one place for every URL the site writes.

/** The public origin, for canonical URLs, OpenGraph and the sitemap; set DOSSIER_SITE_URL when building for a real host. */
export const SITE_URL = (process.env.DOSSIER_SITE_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
export const SITE_NAME = "Dossier";

/** The page an atom id belongs on, by its prefix; atoms without a page of their own get a fragment on a gathering page. */
export function atomHref(storyId: string, atomId: string): string {
  const prefix = atomId.slice(0, atomId.indexOf("."));
  const base = `/${storyId}`;
  switch (prefix) {
    case "claim":
      return `${base}/claims/${atomId}`;
    case "quote":
      return `${base}/quotations/${atomId}`;
    case "person":
    case "country":
    case "body":
    case "intl":
    case "org":
    case "media":
    case "group":
      return `${base}/actors/${atomId}`;
    case "note":
      return `${base}/framing#${atomId}`;
    case "event":
    case "time":
      return `${base}/timeline#${atomId}`;
    case "point":
      return `${base}#${atomId}`;
    case "part":
      return `${base}/source#${atomId}`;
    default:
      return `${base}/details#${atomId}`;
  }
}

/** The place in the source where an atom first appears, or one of its spans when `start` is given. */
export const sourceHref = (storyId: string, atomId: string, start?: number): string =>
  `/${storyId}/source#${sourceFragment(atomId, start)}`;

/** The fragment id of an annotation in the source page: stable while the source text is. */
export const sourceFragment = (atomId: string, start?: number): string => (start === undefined ? atomId : `${atomId}@${start}`);

/** Sections of a story, in the order the navigation shows them. */
export const STORY_SECTIONS = [
  { path: "", label: "Overview" },
  { path: "/claims", label: "Claims" },
  { path: "/quotations", label: "Quotations" },
  { path: "/actors", label: "Actors" },
  { path: "/timeline", label: "Timeline" },
  { path: "/network", label: "Network" },
  { path: "/source", label: "Source" },
  { path: "/framing", label: "Framing" },
  { path: "/details", label: "Details" },
  { path: "/search", label: "Search" },
] as const;
