import { z } from "zod";

/**
 * Characters that could rewrite what a reader sees: C0/C1 controls (a terminal escape is one)
 * and the invisible marks that reorder bidirectional text.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * Text written by the project (summaries, labels, names, notes): one line, no control or
 * bidirectional-override characters. Verbatim source text is not Prose; it is kept as it is.
 */
export const Prose = z
  .string()
  .min(1)
  .refine((text) => !UNSAFE.test(text), {
    error: (issue) => {
      const at = (issue.input as string).search(UNSAFE);
      const code = (issue.input as string).codePointAt(at)!.toString(16).toUpperCase().padStart(4, "0");
      return `must not contain control or bidirectional-override characters (U+${code} at ${at})`;
    },
  });
