// The browser's door to the contract: tRPC's fetch adapter over the same router, behind the
// limits the standalone server applies (CONTRACT_LIMITS), refusals in tRPC's own error envelope.
import { appRouter, CONTRACT_LIMITS, createContextInner } from "@dossier/api";
import { getErrorShape, TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

export const TRPC_ENDPOINT = "/api/trpc";

type Code = TRPCError["code"];

/**
 * The JSON of an error answered before tRPC runs, shaped by the router's formatter so clients read
 * it as a TRPCClientError. The production server (server/replies.ts) sends the same for its refusals.
 */
export function refusalBody(code: Code, message: string, httpStatus: number): string {
  const shape = getErrorShape({
    config: appRouter._def._config,
    error: new TRPCError({ code, message }),
    type: "unknown",
    path: undefined,
    input: undefined,
    ctx: undefined,
  });
  return JSON.stringify({ error: { ...shape, data: { ...shape.data, httpStatus } } });
}

/** The same error as a Response, for the route handler. */
export function refusal(code: Code, message: string, httpStatus: number): Response {
  return new Response(refusalBody(code, message, httpStatus), {
    status: httpStatus,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });
}

/** Reads a body, stopping as soon as it passes the limit so a large upload costs nothing. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

export async function handleTrpc(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const target = url.pathname.length + url.search.length;
  if (target > CONTRACT_LIMITS.maxUrlLength) {
    return refusal("BAD_REQUEST", `The request target is longer than ${CONTRACT_LIMITS.maxUrlLength} characters.`, 414);
  }
  let req = request;
  if (request.method !== "GET" && request.method !== "HEAD") {
    const declared = Number(request.headers.get("content-length") ?? "0");
    const body = declared > CONTRACT_LIMITS.maxBodyBytes ? null : await readLimited(request, CONTRACT_LIMITS.maxBodyBytes);
    if (body === null) {
      return refusal("PAYLOAD_TOO_LARGE", `The request body is larger than ${CONTRACT_LIMITS.maxBodyBytes} bytes.`, 413);
    }
    req = new Request(request.url, { method: request.method, headers: request.headers, body });
  }
  const requestId = crypto.randomUUID();
  const response = await fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req,
    router: appRouter,
    maxBatchSize: CONTRACT_LIMITS.maxBatchSize,
    createContext: () => createContextInner({ requestId }),
    responseMeta: () => ({ headers: { "x-request-id": requestId } }),
  });
  return response;
}
