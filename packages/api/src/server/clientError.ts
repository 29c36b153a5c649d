import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { AppRouter } from "../root";
import { errorReply, type ErrorCode } from "./errors";
import { jsonHeaders } from "./sendJson";
import { ALLOWED_METHODS } from "./methods";
import type { Logger } from "./logging";

/** Header name/value pairs as the lines of a raw HTTP head. */
const headerLines = (pairs: readonly string[]): string[] => pairs.flatMap((name, i) => (i % 2 === 0 ? [`${name}: ${pairs[i + 1]}`] : []));

function classify(code: string | undefined): [number, ErrorCode, string] {
  if (code === "HPE_HEADER_OVERFLOW") return [431, "BAD_REQUEST", "The request line or headers are too large."];
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return [408, "TIMEOUT", "The request did not arrive in time."];
  return [400, "BAD_REQUEST", "The request is not valid HTTP."];
}

/** The raw bytes of a typed tRPC error that closes the connection. */
function rawError(router: AppRouter, status: number, code: ErrorCode, message: string, moreHeaders: readonly string[] = [], head = false): string {
  const reply = errorReply(router, code, message, undefined, status);
  const pairs = [...jsonHeaders(Buffer.byteLength(reply.body)), "connection", "close", ...moreHeaders];
  const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, ...headerLines(pairs)];
  // An answer to HEAD has the headers of the body it leaves out.
  return `${lines.join("\r\n")}\r\n\r\n${head ? "" : reply.body}`;
}

/** CONNECT (a proxy tunnel) is nothing this server offers; Node would otherwise just drop the socket. */
export function answerConnect(router: AppRouter) {
  return (_req: unknown, socket: Duplex): void => {
    socket.end(rawError(router, 405, "METHOD_NOT_SUPPORTED", "The API does not answer CONNECT requests.", ["allow", ALLOWED_METHODS]));
  };
}

/**
 * Requests Node cannot parse (oversized headers, broken syntax, too slow to arrive) never reach
 * the listener; they still get a typed tRPC error with the security headers, then the connection closes.
 */
export function answerClientError(router: AppRouter, log: Logger) {
  return (error: NodeJS.ErrnoException, socket: Duplex): void => {
    // A response already under way on this socket cannot be followed by another one.
    const busy = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
    if (error.code === "ECONNRESET" || !socket.writable || busy) {
      socket.destroy();
      return;
    }
    const [status, code, message] = classify(error.code);
    log.debug({ code: error.code, status }, "unparsable request");
    const head = (error as { rawPacket?: Buffer }).rawPacket?.subarray(0, 5).toString("latin1") === "HEAD ";
    socket.end(rawError(router, status, code, message, [], head));
  };
}
