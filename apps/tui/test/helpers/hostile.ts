// Strings a hostile or broken server could send, each one of the escapes the sanitiser must stop.
export const HOSTILE: readonly string[] = [
  "\u001b[2J\u001b[H", // CSI: clear the screen, cursor home
  "\u001b[31mred\u001b[0m", // CSI colour
  "\u001b]0;pwned title\u0007", // OSC window title, BEL-terminated
  "\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\", // OSC 8 hyperlink
  "\u001b]52;c;cm0gLXJmIH4=\u0007", // OSC 52: write the clipboard
  "\u001bP+q544e\u001b\\", // DCS: request termcap
  "\u001b_Gf=100;AAAA\u001b\\", // APC: kitty graphics
  "\u001b^privacy message\u001b\\", // PM
  "\u001bc", // RIS: full reset
  "\u009b31m", // 8-bit CSI
  "\u009d0;title\u009c", // 8-bit OSC with 8-bit ST
  "bell\u0007 back\bspace\r overwrite", // C0: BEL, BS, lone CR
  "\u0000nul\u007fdel\u0085nel", // NUL, DEL, C1 NEL
  "\u202eevil\u202c \u2066isolate\u2069 \u200fmark", // BiDi override, isolate, RLM
  "\u001b]0;unterminated title", // OSC without terminator runs to the end
];

/** Anything a terminal would act on or reorder; newline and tab are text, CR only as part of CRLF. */
export const DANGEROUS =
  // eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
  /\r(?!\n)|[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const ID = /^[a-z]+\.[a-z0-9.-]+$/;
const WORD = /^[a-z][a-z-]*$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Every string of an answer with hostile text around it, except ids, enum values and dates, which a
 * client must be able to send back and look up (the shape stays valid; only the prose turns hostile).
 */
export function poison<T>(value: T, index = { n: 0 }): T {
  if (typeof value === "string") {
    if (ID.test(value) || WORD.test(value) || DATE.test(value)) return value;
    const hostile = HOSTILE[index.n++ % HOSTILE.length] as string;
    return `${hostile}${value}${hostile}` as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => poison(item, index)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, poison(item, index)])) as T;
  }
  return value;
}
