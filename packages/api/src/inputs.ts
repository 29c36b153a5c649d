import { z } from "zod";
import { CONTRACT_LIMITS, SEARCH_LIMITS } from "./limits";
import { ClaimId, ClaimRole, ClaimStatus, EntityId, EXPORT_FORMATS, QuotationId, SEARCH_KINDS, StoryId } from "@dossier/domain";

/** Ids are short slugs; anything longer is refused before any lookup. */
const MAX_ID_LENGTH = 120;
export const MAX_QUERY_LENGTH = SEARCH_LIMITS.maxQueryLength;
export const MAX_QUERY_WORDS = SEARCH_LIMITS.maxQueryWords;
export const MAX_LIMIT = SEARCH_LIMITS.maxHits;
export { CONTRACT_LIMITS, SEARCH_LIMITS };

/** How many words a text has as the search index (MiniSearch) splits it: on spaces and punctuation. */
const wordCount = (text: string): number => text.split(/[\n\r\p{Z}\p{P}]+/u).filter(Boolean).length;

export const StoryIdInput = StoryId.max(64);
export const ClaimIdInput = ClaimId.max(MAX_ID_LENGTH);
export const EntityIdInput = EntityId.max(MAX_ID_LENGTH);
export const QuotationIdInput = QuotationId.max(MAX_ID_LENGTH);

/**
 * A story procedure's whole input: `storyId` and the fields given, nothing else. Strict, so a
 * misspelt filter is an error rather than silently ignored, and a request cannot be made new
 * (a cache miss) by adding keys the procedure never reads.
 */
const storyInput = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject({ storyId: StoryIdInput, ...shape });

/** `stories.list` takes nothing; an object with keys is refused like any unknown key. */
export const NoInput = z.strictObject({}).optional();
export const StoryInput = storyInput({});
export const ClaimDetailInput = storyInput({ claimId: ClaimIdInput });
export const EntityDetailInput = storyInput({ entityId: EntityIdInput });
export const QuotationDetailInput = storyInput({ quotationId: QuotationIdInput });

export const ClaimFilterInput = storyInput({
  status: ClaimStatus.optional(),
  role: ClaimRole.optional(),
  claimant: EntityIdInput.optional().describe("Entity id of who makes the claim."),
  entity: EntityIdInput.optional().describe("Entity id that makes the claim, or that it is about or mentions."),
});

export const SearchInput = storyInput({
  query: z
    .string()
    .trim()
    .min(1)
    .max(MAX_QUERY_LENGTH)
    .refine((query) => wordCount(query) <= MAX_QUERY_WORDS, `must have at most ${MAX_QUERY_WORDS} words`),
  kinds: z.array(z.enum(SEARCH_KINDS)).min(1).max(SEARCH_KINDS.length).optional(),
  limit: z.int().min(1).max(MAX_LIMIT).default(20),
});

export const ExportInput = storyInput({ format: z.enum(EXPORT_FORMATS) });
