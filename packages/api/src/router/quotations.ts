import { inSourceOrder, quotationDetail } from "@dossier/domain";
import { createTRPCRouter } from "../trpc";
import { missing, storyProcedure } from "../storyProcedure";
import { QuotationDetailInput, StoryInput } from "../inputs";

export const quotationsRouter = createTRPCRouter({
  /** Every quotation, in the order the text first prints it. */
  list: storyProcedure.input(StoryInput).query(({ ctx }) => inSourceOrder(ctx.story.quotations)),
  /** One quotation with its speaker, medium, each appearance in context and the claims it carries. */
  detail: storyProcedure
    .input(QuotationDetailInput)
    .query(
      ({ ctx, input }) => quotationDetail(ctx.story, input.quotationId) ?? missing(ctx.story.id, "quotation", input.quotationId),
    ),
});
