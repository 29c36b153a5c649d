// Answers for sockets Node never hands to the request listener: requests it cannot parse (or that
// came too slowly), CONNECT, and Expect headers it cannot meet. Each gets a 4xx with the security
// headers and one sentence, then the connection closes; nothing is logged with a stack.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { API_METHODS, PAGE_METHODS } from "./admission";
import { isApiPath, rawRefusal, sendRefusal, type Refusal } from "./replies";

/** The request line's method and target, from the bytes Node could not parse. */
function requestLine(raw: Buffer | undefined): { method: string; target: string } {
  const line = raw?.subarray(0, 256).toString("latin1").split("\r\n", 1)[0] ?? "";
  const [method = "", target = ""] = line.split(" ");
  return { method, target };
}

function classify(code: string | undefined, apiPath: boolean): Refusal {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return { status: 431, code: "BAD_REQUEST", message: "The request line or headers are too large." };
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return { status: 408, code: "TIMEOUT", message: "The request did not arrive in time." };
    case "HPE_INVALID_METHOD":
      return {
        status: 405,
        code: "METHOD_NOT_SUPPORTED",
        message: "The request's method is not one this server answers.",
        headers: ["allow", apiPath ? API_METHODS : PAGE_METHODS],
      };
    default:
      return { status: 400, code: "BAD_REQUEST", message: "The request is not valid HTTP." };
  }
}

/**
 * A socket that is answering, or has closed its side, gets no second, unrequested answer: it is closed.
 * `onRefused` counts the refusal (by Node's code) without a stack.
 */
export function answerClientError(onRefused: (code: string | undefined) => void) {
  return (error: NodeJS.ErrnoException, socket: Duplex): void => {
    const answering = (socket as { _httpMessage?: unknown })._httpMessage != null;
    if (error.code === "ECONNRESET" || !socket.writable || answering) return void socket.destroy();
    onRefused(error.code);
    const { method, target } = requestLine((error as { rawPacket?: Buffer }).rawPacket);
    const apiPath = isApiPath(target.split("?", 1)[0]!);
    socket.end(rawRefusal(classify(error.code, apiPath), apiPath, method === "HEAD"));
  };
}

/** CONNECT (a proxy tunnel) is nothing this server offers; Node would otherwise just drop the socket. */
export function answerConnect(_req: IncomingMessage, socket: Duplex): void {
  const refusal: Refusal = {
    status: 405,
    code: "METHOD_NOT_SUPPORTED",
    message: "This server does not answer CONNECT requests.",
    headers: ["allow", PAGE_METHODS],
  };
  socket.end(rawRefusal(refusal, false));
}

/** `Expect:` other than 100-continue: Node would answer a bare 417. */
export function answerExpectation(req: IncomingMessage, res: ServerResponse): void {
  const refusal: Refusal = {
    status: 417,
    code: "BAD_REQUEST",
    message: "The server only understands the expectation 100-continue.",
    headers: ["connection", "close"],
  };
  sendRefusal(res, refusal, isApiPath((req.url ?? "").split("?", 1)[0]!));
}
