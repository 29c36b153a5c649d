import type { ServerResponse } from "node:http";
import { getErrorShape, transformTRPCResponse, TRPCError } from "@trpc/server";
import type { AppRouter } from "../root";
import type { Context } from "../context";
import { sendJson } from "./sendJson";

export type ErrorCode = TRPCError["code"];

/** An error answered before tRPC runs, in tRPC's own envelope so every client reads it as a TRPCClientError. */
export interface ErrorReply {
  status: number;
  body: string;
}

/**
 * Builds the error through the router's own formatter, as tRPC would. `httpStatus` overrides
 * the status for the few HTTP conditions tRPC has no code for (414, 431).
 */
export function errorReply(
  router: AppRouter,
  code: ErrorCode,
  message: string,
  ctx: Context | undefined,
  httpStatus?: number,
): ErrorReply {
  const shape = getErrorShape({
    config: router._def._config,
    error: new TRPCError({ code, message }),
    type: "unknown",
    path: undefined,
    input: undefined,
    ctx,
  });
  const envelope = { error: { ...shape, data: { ...shape.data, httpStatus: httpStatus ?? shape.data.httpStatus } } };
  return { status: envelope.error.data.httpStatus, body: JSON.stringify(transformTRPCResponse(router._def._config, envelope)) };
}

/** Writes an error reply with whatever the caller adds (request id, CORS, Allow…). */
export function sendError(res: ServerResponse, reply: ErrorReply, sharedHeaders: readonly string[]): void {
  sendJson(res, reply.status, reply.body, sharedHeaders);
}
