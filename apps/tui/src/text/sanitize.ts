// The one gate for every string that reaches the terminal: story data, API answers, error messages.
// Ink and util.stripVTControlCharacters leave DCS/APC payloads, BEL, backspace and BiDi controls through.

/** String terminators: BEL (OSC only), ESC \ and the 8-bit ST; an unterminated string runs to the end. */
const ST = String.raw`(?:\x1b\\|\x9c|$)`;
const ESCAPE_SEQUENCES = new RegExp(
  [
    String.raw`(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]`, // CSI (colours, cursor moves, erase)
    String.raw`(?:\x1b\]|\x9d)[\s\S]*?(?:\x07|\x1b\\|\x9c|$)`, // OSC (titles, OSC 8 links, OSC 52 clipboard)
    String.raw`(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[\s\S]*?${ST}`, // DCS, SOS, PM, APC
    String.raw`\x1b[ -/]*[0-~]`, // two- and three-character escapes (reset, charset, keypad)
  ].join("|"),
  "g",
);

/** C0 except tab and newline (a CR survives only before LF), DEL, C1, and the BiDi marks, embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is this file's purpose
const CONTROLS = /\r(?!\n)|[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every escape sequence and control character removed; printable text is kept as it is. */
export function sanitize(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, "").replace(CONTROLS, "");
}

/** A copy of a value with every string in it sanitised (object keys too), for showing data on screen. */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === "string") return sanitize(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => sanitizeDeep(item)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [sanitize(key), sanitizeDeep(item)])) as T;
  }
  return value;
}

/** Characters JSON.stringify leaves raw that a terminal would act on or reorder (it escapes C0 already). */
const JSON_UNSAFE = /[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with every control escaped as \uXXXX: the data stays exact for a script, the terminal sees only ASCII. */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A value as indented JSON that is safe to print to a terminal. */
export function terminalJson(value: unknown): string {
  return escapeJsonText(JSON.stringify(value, null, 2));
}
