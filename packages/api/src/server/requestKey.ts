/**
 * The normalised form of a query request: what tRPC reads from it, and nothing else.
 * Two requests with the same key get byte-identical answers, so one cached answer serves both.
 * tRPC reads `batch`, `input` (JSON) and `connectionParams` from the query string; any other
 * parameter and any spelling of the same JSON (spaces, key order) makes no difference.
 */
export function requestKey(path: string, params: URLSearchParams): string {
  const input = params.get("input");
  return JSON.stringify([
    path,
    params.get("batch") === "1",
    input === null ? null : canonicalInput(input),
    params.get("connectionParams"),
  ]);
}

/** The input's JSON with keys sorted; text that is not JSON is kept as it is (its error is cached too). */
export function canonicalInput(raw: string): string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return `raw:${raw}`;
  }
  return `json:${canonicalJson(value)}`;
}

/** JSON with sorted keys, telling apart values JSON.stringify would merge (-0 and 0, 1e999 and null). */
export function canonicalJson(value: unknown): string {
  if (typeof value === "number") {
    if (Object.is(value, -0)) return "-0";
    return Number.isFinite(value) ? String(value) : value > 0 ? "1e999" : "-1e999";
  }
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(",")}}`;
}
