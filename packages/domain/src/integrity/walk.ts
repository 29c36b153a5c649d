/**
 * Fields whose string values (or arrays of strings) are references to other atoms.
 * zod already proves each has the right id prefix (kind); integrity proves it exists.
 * A test keeps this list in step with the schema.
 */
export const REFERENCE_KEYS: ReadonlySet<string> = new Set([
  "claimant",
  "speaker",
  "medium",
  "about",
  "mentions",
  "claims",
  "claim",
  "quantities",
  "quantity",
  "times",
  "instruments",
  "time",
  "actors",
  "recipients",
  "from",
  "to",
  "broker",
  "facilitators",
  "authority",
  "target",
  "quotation",
  "listed",
  "basis",
  "issuer",
  "atoms",
  "atom",
  "nationality",
  "partOf",
  "organisation",
  "via",
]);

export interface Reference {
  id: string;
  path: PropertyKey[];
}

export interface FoundSpan {
  span: { start: number; end: number; exact: string; prefix?: string; suffix?: string };
  path: PropertyKey[];
}

export function isSpan(value: object): value is FoundSpan["span"] {
  const v = value as Record<string, unknown>;
  return typeof v.start === "number" && typeof v.end === "number" && typeof v.exact === "string";
}

/** Walks a parsed story once, collecting every reference and every span with its path. */
export function collect(root: unknown, path: PropertyKey[] = []): { refs: Reference[]; spans: FoundSpan[] } {
  const refs: Reference[] = [];
  const spans: FoundSpan[] = [];
  const visit = (value: unknown, at: PropertyKey[], refKey: boolean): void => {
    if (typeof value === "string") {
      if (refKey) refs.push({ id: value, path: at });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...at, i], refKey));
      return;
    }
    if (value === null || typeof value !== "object") return;
    if (isSpan(value)) {
      spans.push({ span: value, path: at });
      return;
    }
    for (const [key, child] of Object.entries(value)) visit(child, [...at, key], REFERENCE_KEYS.has(key));
  };
  visit(root, path, false);
  return { refs, spans };
}
