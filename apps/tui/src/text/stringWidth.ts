// A fast path in front of string-width for the text a story is mostly made of. string-width
// builds a grapheme segmenter and compiles a regular expression of every emoji when it loads and
// on its first non-ASCII string: tens of milliseconds before the first frame, for text that is
// ASCII plus Latin-1 letters, typographic punctuation and box drawing. Those characters are one column each,
// alone or in any order, so their width is the string's length; anything else goes to string-width.

export type StringWidth = (text: string, options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean }) => number;

/**
 * Printable ASCII; Latin-1 without the soft hyphen; General Punctuation from the hyphens on,
 * without the zero-width, line-separating, bidi and emoji-capable characters; the four plain
 * arrows; box drawing, blocks and the first squares (the status bars). None combines with a
 * neighbour and each is one column wide (the ambiguous ones as narrow): the test checks every one
 * against string-width.
 */
const ONE_COLUMN_EACH =
  /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u00FF\u2010-\u2027\u2030-\u203B\u203D-\u2048\u204A-\u205E\u2190-\u2193\u2500-\u25A9]*$/;

/** Colour and weight (SGR) sequences, which Ink's styled text carries and which take no column. */
// eslint-disable-next-line no-control-regex -- an escape sequence starts with the ESC control character
const SGR = /\u001B\[[\d;]*m/g;

/** string-width, loaded only when a string falls outside the one-column set. */
export function withOneColumnFastPath(loadStringWidth: () => StringWidth): StringWidth {
  let real: StringWidth | undefined;
  return (text, options) => {
    // What string-width answers for no text (Ink asks about empty and missing nodes too).
    if (typeof text !== "string" || text === "") return 0;
    // Ambiguous characters (’ “ ” – —) count as narrow unless the caller says otherwise.
    if (options?.ambiguousIsNarrow !== false && options?.countAnsiEscapeCodes !== true) {
      const visible = text.includes("\u001B") ? text.replace(SGR, "") : text;
      if (ONE_COLUMN_EACH.test(visible)) return visible.length;
    }
    real ??= loadStringWidth();
    return real(text, options);
  };
}
