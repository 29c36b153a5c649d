import type { IncomingMessage } from "node:http";

export type BodyResult = { kind: "body"; text: string } | { kind: "too-large" } | { kind: "timeout" } | { kind: "aborted" };

/**
 * Reads a request body of at most `maxBytes` within `timeoutMs` counted from `arrivedAt` (the
 * `performance.now()` at which the request reached the server; a timeout of 0 waits for ever):
 * a slow or endless sender gets an answer instead of holding a socket.
 */
export function readBody(req: IncomingMessage, maxBytes: number, timeoutMs: number, arrivedAt: number): Promise<BodyResult> {
  const remainingMs = timeoutMs > 0 ? arrivedAt + timeoutMs - performance.now() : Infinity;
  if (remainingMs <= 0) return Promise.resolve({ kind: "timeout" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      clearTimeout(timer);
      req.off("data", onData).off("end", onEnd).off("error", onAbort).off("close", onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish({ kind: "too-large" });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: "body", text: Buffer.concat(chunks).toString("utf8") });
    const onAbort = () => finish({ kind: "aborted" });
    const onClose = () => {
      if (!req.complete) finish({ kind: "aborted" });
    };
    const timer = remainingMs === Infinity ? undefined : setTimeout(() => finish({ kind: "timeout" }), remainingMs);
    req.on("data", onData).on("end", onEnd).on("error", onAbort).on("close", onClose);
  });
}
