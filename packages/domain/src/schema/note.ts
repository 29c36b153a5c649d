import { z } from "zod";
import { NOTE_KINDS } from "../vocabulary";
import { Prose } from "./prose";
import { AtomId, NoteId } from "./ids";
import { Span } from "./span";

export { NOTE_KINDS };
export const NoteKind = z.enum(NOTE_KINDS);
export type NoteKind = z.infer<typeof NoteKind>;

/** An editorial note: an oddity of the text, or a difference between parts of the telling. */
export const Note = z
  .object({
    id: NoteId,
    kind: NoteKind,
    text: Prose.describe("The observation, in the project's own words."),
    spans: z.array(Span),
    atoms: z.array(AtomId).describe("Atoms the note concerns."),
  })
  .strict()
  .refine((n) => n.spans.length + n.atoms.length > 0, {
    error: "a note must point at a span or an atom",
    path: ["spans"],
  });
export type Note = z.infer<typeof Note>;
