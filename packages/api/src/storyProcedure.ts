import { z } from "zod";
import { publicProcedure, TRPCError } from "./trpc";
import { StoryIdInput } from "./inputs";

/**
 * Every story procedure starts here: it reads `storyId` and finds the story, or answers NOT_FOUND.
 * Each procedure then states its whole input as a strict object (inputs.ts), so none accepts a stray key.
 */
export const storyProcedure = publicProcedure.input(z.object({ storyId: StoryIdInput })).use(({ ctx, input, next }) => {
  const entry = ctx.library.stories.get(input.storyId);
  if (!entry) throw new TRPCError({ code: "NOT_FOUND", message: `There is no story with the id "${input.storyId}".` });
  return next({ ctx: { story: entry.story, derived: entry.derived, version: entry.version } });
});

/** Answers NOT_FOUND for an atom id the story does not have. */
export function missing(storyId: string, kind: string, id: string): never {
  throw new TRPCError({ code: "NOT_FOUND", message: `The story "${storyId}" has no ${kind} with the id "${id}".` });
}
