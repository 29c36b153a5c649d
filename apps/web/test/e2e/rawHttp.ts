// HTTP as the tests need it and fetch cannot give it: bytes written as they are (pipelining,
// odd request lines, slow headers), from a chosen loopback source address, with every socket closed.
import { request, type Agent, type IncomingHttpHeaders } from "node:http";
import { connect, type Socket } from "node:net";

export interface Target {
  host: string;
  port: number;
}

export const targetOf = (base: string): Target => {
  const url = new URL(base);
  return { host: url.hostname, port: Number(url.port) };
};

export interface RawExchange {
  /** Everything the server sent before closing (or before the deadline). */
  text: string;
  /** Each complete response, in order. */
  responses: RawResponse[];
  /** The status of each, in order. */
  statuses: number[];
  /** When the server closed the connection, in ms after the first byte was written; null if it did not. */
  closedAfterMs: number | null;
}

export interface RawResponse {
  status: number;
  /** Header names in lower case; a repeated header's values joined with ", ". */
  headers: Record<string, string>;
  body: string;
}

/** The complete responses in what a connection received: framed by Content-Length or chunked, or to the end. */
export function responsesIn(text: string): RawResponse[] {
  const responses: RawResponse[] = [];
  let at = 0;
  while (at < text.length) {
    const headEnd = text.indexOf("\r\n\r\n", at);
    if (headEnd === -1) break;
    const [statusLine = "", ...lines] = text.slice(at, headEnd).split("\r\n");
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? NaN);
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(":");
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
    }
    let bodyStart = headEnd + 4;
    let body: string;
    const interim = status >= 100 && status < 200;
    if (interim || status === 204 || status === 304) {
      body = "";
    } else if (headers["transfer-encoding"]?.includes("chunked")) {
      body = "";
      for (;;) {
        const sizeEnd = text.indexOf("\r\n", bodyStart);
        if (sizeEnd === -1) return responses;
        const size = parseInt(text.slice(bodyStart, sizeEnd), 16);
        bodyStart = sizeEnd + 2;
        if (size === 0) {
          bodyStart = text.indexOf("\r\n", bodyStart) + 2;
          break;
        }
        body += text.slice(bodyStart, bodyStart + size);
        bodyStart += size + 2;
      }
    } else if (headers["content-length"] !== undefined) {
      const length = Number(headers["content-length"]);
      if (text.length - bodyStart < length) break;
      body = text.slice(bodyStart, bodyStart + length);
      bodyStart += length;
    } else {
      body = text.slice(bodyStart);
      bodyStart = text.length;
    }
    if (!interim) responses.push({ status, headers, body });
    at = bodyStart;
  }
  return responses;
}

/**
 * Writes `chunks` (a string is one chunk; `delayMs` between chunks, for slow senders) and reads
 * until the server closes the connection or `deadlineMs` passes; the socket is destroyed either way.
 */
export function rawExchange(
  to: Target,
  chunks: string | string[],
  options: { localAddress?: string; deadlineMs?: number; delayMs?: number; until?: (text: string) => boolean } = {},
): Promise<RawExchange> {
  const { localAddress, deadlineMs = 5000, delayMs = 0, until } = options;
  const parts = typeof chunks === "string" ? [chunks] : chunks;
  return new Promise((resolve) => {
    const socket = connect({ host: to.host, port: to.port, localAddress });
    let text = "";
    let startedAt = 0;
    let timer: NodeJS.Timeout | undefined;
    let writer: NodeJS.Timeout | undefined;
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      clearTimeout(writer);
      socket.destroy();
      const responses = responsesIn(text);
      resolve({
        text,
        responses,
        statuses: responses.map((r) => r.status),
        closedAfterMs: closed ? performance.now() - startedAt : null,
      });
    };
    socket.setEncoding("latin1");
    socket.on("data", (data: string) => {
      text += data;
      if (until?.(text)) finish(false);
    });
    socket.on("close", () => finish(true));
    socket.on("error", () => undefined);
    socket.once("connect", () => {
      startedAt = performance.now();
      timer = setTimeout(() => finish(false), deadlineMs);
      let next = 0;
      const write = () => {
        if (socket.destroyed) return;
        socket.write(parts[next]!);
        next += 1;
        if (next < parts.length) writer = setTimeout(write, delayMs);
      };
      write();
    });
  });
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  ms: number;
}

/** One GET from `localAddress`; rejects when no full answer comes within `timeoutMs`. */
export function get(
  to: Target,
  path: string,
  options: { localAddress?: string; timeoutMs?: number; agent?: Agent; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const { localAddress, timeoutMs = 5000, agent, headers } = options;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request({ host: to.host, port: to.port, path, localAddress, agent: agent ?? false, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, ms: performance.now() - started });
      });
      res.on("error", reject);
    });
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    req.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end();
  });
}

/**
 * Opens a connection and leaves it silent; resolves with the socket once connected or closed, or
 * after `timeoutMs` still connecting (a server whose backlog is full leaves SYNs unanswered).
 */
export function openSilent(to: Target, localAddress: string, timeoutMs = 2000): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect({ host: to.host, port: to.port, localAddress });
    const done = () => {
      clearTimeout(timer);
      resolve(socket);
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on("error", () => undefined);
    socket.once("connect", done);
    socket.once("close", done);
  });
}

/** The p-th percentile (0–100) of some numbers, by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** `/api/trpc/…` for one call, or a batch when given several. */
export function trpcTarget(procedure: string, inputs: readonly unknown[]): string {
  if (inputs.length === 1) return `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(inputs[0]))}`;
  const paths = inputs.map(() => procedure).join(",");
  const batch = Object.fromEntries(inputs.map((input, i) => [i, input]));
  return `/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(batch))}`;
}
