import { initTRPC, TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import type { Context } from "./context";
import { describeInputError, issuePaths } from "./inputErrors";

/**
 * Stacks and internal messages reach a client only when NODE_ENV=development says so: a server
 * started without NODE_ENV is treated as public. Read per error, so tests can switch it.
 */
const hideInternals = (): boolean => process.env.NODE_ENV !== "development";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    // Only a rejected input is described to the client; a ZodError inside a procedure is a bug like any other.
    const zod = error.code === "BAD_REQUEST" && error.cause instanceof ZodError ? error.cause : null;
    const hide = hideInternals();
    const { stack: _stack, ...data } = shape.data;
    let message = shape.message;
    if (zod) message = describeInputError(zod);
    else if (error.cause instanceof SyntaxError && error.code === "BAD_REQUEST") message = "The input is not valid JSON.";
    else if (error.code === "INTERNAL_SERVER_ERROR" && hide) message = `internal error (request ${ctx?.requestId ?? "unknown"})`;
    return {
      ...shape,
      message,
      data: {
        ...(hide ? data : shape.data),
        zodError: zod ? z.flattenError(zod) : null,
        issues: zod ? issuePaths(zod) : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** A rejected input reads as one sentence in-process too (tRPC's own message is the issues as JSON). */
export const publicProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === "BAD_REQUEST" && result.error.cause instanceof ZodError) {
    result.error.message = describeInputError(result.error.cause);
  }
  return result;
});
export { TRPCError };
