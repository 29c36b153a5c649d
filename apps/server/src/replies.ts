import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { getErrorShape, transformTRPCResponse, TRPCError } from "@trpc/server";
import type { AppRouter, Context } from "@dossier/api";

/** The methods the API answers: named once for `Allow` and for CORS preflights. */
export const ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";

/**
 * Sent with every response, errors, /healthz and Node's own refusals included: JSON is never
 * sniffed as HTML, never framed, never leaks a referrer, and loads nothing (OWASP REST headers).
 */
export const SECURITY_HEADERS: readonly string[] = [
  "x-content-type-options",
  "nosniff",
  "x-frame-options",
  "DENY",
  "content-security-policy",
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "referrer-policy",
  "no-referrer",
];

/** The same headers on a response that another handler (tRPC's adapter) writes. */
export function setSecurityHeaders(res: ServerResponse): void {
  for (let i = 0; i < SECURITY_HEADERS.length; i += 2) res.setHeader(SECURITY_HEADERS[i]!, SECURITY_HEADERS[i + 1]!);
}

/** The headers of a JSON answer the server writes itself: never cached, with the security headers. */
export function jsonHeaders(byteLength: number): string[] {
  return [
    "content-type",
    "application/json",
    "content-length",
    String(byteLength),
    "cache-control",
    "no-store",
    ...SECURITY_HEADERS,
  ];
}

/** Writes a JSON answer (errors, /healthz) with whatever the caller adds (request id, CORS, Allow…); HEAD gets no body. */
export function sendJson(res: ServerResponse, status: number, json: string, moreHeaders: readonly string[]): void {
  const body = Buffer.from(json);
  res.writeHead(status, [...jsonHeaders(body.length), ...moreHeaders]);
  res.end(res.req.method === "HEAD" ? undefined : body);
}

export type ErrorCode = TRPCError["code"];

/** An error answered outside tRPC, in tRPC's own envelope so every client reads it as a TRPCClientError. */
export interface ErrorReply {
  status: number;
  body: string;
}

/**
 * Builds the error through the router's own formatter, as tRPC would. `httpStatus` overrides the
 * status for the HTTP conditions tRPC has no code for (414, 417, 431).
 */
export function errorReply(router: AppRouter, code: ErrorCode, message: string, ctx?: Context, httpStatus?: number): ErrorReply {
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

export function sendError(res: ServerResponse, reply: ErrorReply, moreHeaders: readonly string[]): void {
  sendJson(res, reply.status, reply.body, moreHeaders);
}

/** One answer of the real tRPC handler, kept with every header it is sent with. */
export interface CachedAnswer {
  status: number;
  body: Buffer;
  /** Only successful answers carry an ETag and may be reused by clients and CDNs. */
  etag: string | null;
  /** Headers of the full answer, precomputed once. */
  headers: string[];
  /** Headers of a 304 Not Modified. */
  notModified: string[];
}

/** If-None-Match matches with the weak comparison RFC 9110 asks for: a W/ prefix is ignored. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  for (const candidate of header.split(",")) {
    const tag = candidate.trim();
    if ((tag.startsWith("W/") ? tag.slice(2) : tag) === etag) return true;
  }
  return false;
}

/** Sends a cached answer, or 304 when the client holds it already; returns the status sent. */
export function sendCached(
  req: IncomingMessage,
  res: ServerResponse,
  answer: CachedAnswer,
  moreHeaders: readonly string[],
): number {
  if (answer.etag !== null && matchesIfNoneMatch(req.headers["if-none-match"], answer.etag)) {
    res.writeHead(304, answer.notModified.concat(moreHeaders));
    res.end();
    return 304;
  }
  res.writeHead(answer.status, answer.headers.concat(moreHeaders));
  res.end(req.method === "HEAD" ? undefined : answer.body);
  return answer.status;
}

/** The raw bytes of a typed error that closes the connection, for sockets Node took back from the listener. */
function rawError(
  router: AppRouter,
  status: number,
  code: ErrorCode,
  message: string,
  moreHeaders: readonly string[] = [],
  head = false,
): string {
  const reply = errorReply(router, code, message, undefined, status);
  const pairs = [...jsonHeaders(Buffer.byteLength(reply.body)), "connection", "close", ...moreHeaders];
  const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`];
  for (let i = 0; i < pairs.length; i += 2) lines.push(`${pairs[i]}: ${pairs[i + 1]}`);
  // An answer to HEAD has the headers of the body it leaves out.
  return `${lines.join("\r\n")}\r\n\r\n${head ? "" : reply.body}`;
}

function classify(code: string | undefined): [number, ErrorCode, string] {
  if (code === "HPE_HEADER_OVERFLOW") return [431, "BAD_REQUEST", "The request line or headers are too large."];
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return [408, "TIMEOUT", "The request did not arrive in time."];
  return [400, "BAD_REQUEST", "The request is not valid HTTP."];
}

/**
 * Requests Node cannot parse (oversized headers, broken syntax, too slow to arrive) never reach
 * the listener; they still get a typed error with the security headers, then the connection closes.
 * A socket that is answering, or has closed its side, gets no second, unrequested answer: it is closed.
 */
export function answerClientError(router: AppRouter, onRefused: (code: string | undefined, status: number) => void) {
  return (error: NodeJS.ErrnoException, socket: Duplex): void => {
    const answering = (socket as { _httpMessage?: unknown })._httpMessage != null;
    if (error.code === "ECONNRESET" || !socket.writable || answering) return void socket.destroy();
    const [status, code, message] = classify(error.code);
    onRefused(error.code, status);
    const head = (error as { rawPacket?: Buffer }).rawPacket?.subarray(0, 5).toString("latin1") === "HEAD ";
    socket.end(rawError(router, status, code, message, [], head));
  };
}

/** CONNECT (a proxy tunnel) is nothing this server offers; Node would otherwise just drop the socket. */
export function answerConnect(router: AppRouter) {
  return (_req: IncomingMessage, socket: Duplex): void => {
    socket.end(
      rawError(router, 405, "METHOD_NOT_SUPPORTED", "The API does not answer CONNECT requests.", ["allow", ALLOWED_METHODS]),
    );
  };
}

/** `Expect:` other than 100-continue: Node would answer a bare 417; this one is typed and has the headers. */
export function answerExpectation(router: AppRouter) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const shown = String(req.headers.expect).slice(0, 64);
    const reply = errorReply(
      router,
      "BAD_REQUEST",
      `The server cannot meet the expectation "${shown}"; it only understands 100-continue.`,
      undefined,
      417,
    );
    sendError(res, reply, ["connection", "close"]);
  };
}
