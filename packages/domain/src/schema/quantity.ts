import { z } from "zod";
import { Prose } from "./prose";
import { QuantityId } from "./ids";
import { Spans } from "./span";
import { Derivation } from "./time";

/** "more than", "hundreds of": kept, because a qualifier changes what a number claims. */
export const Qualifier = z
  .object({
    text: Prose.describe("The qualifier as written."),
    kind: z.enum(["more-than", "less-than", "approximately", "at-least", "at-most", "order-of-magnitude"]),
  })
  .strict();
export type Qualifier = z.infer<typeof Qualifier>;

export const Quantity = z
  .object({
    id: QuantityId,
    qualifier: Qualifier.nullable(),
    value: z.number().nullable().describe("The number, where the text gives one."),
    range: z
      .object({ min: z.number(), max: z.number() })
      .strict()
      .nullable()
      .describe("Bounds implied by vague wording ('hundreds' is 200 to 999); `derivation` says how."),
    derivation: Derivation.optional().describe("How the range follows from the wording; integrity requires one with a range."),
    unit: Prose.describe("What one counts in ('types', 'kilometres', 'pieces')."),
    counts: Prose.describe("What is counted: types of weapons are not weapons."),
    spans: Spans,
  })
  .strict()
  .refine((q) => q.value !== null || q.range !== null, {
    error: "a quantity needs a value or a range",
    path: ["value"],
  });
export type Quantity = z.infer<typeof Quantity>;
