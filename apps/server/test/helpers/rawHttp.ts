import { connect } from "node:net";

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Joins the chunks of a chunked body. */
function unchunk(raw: string): string {
  let body = "";
  let rest = raw;
  for (;;) {
    const eol = rest.indexOf("\r\n");
    const size = parseInt(rest.slice(0, eol), 16);
    if (!(size > 0)) return body;
    body += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}

/** Parses one HTTP/1.1 response, with a content-length or a chunked body. */
export function parseResponse(raw: string): RawResponse {
  const split = raw.indexOf("\r\n\r\n");
  const [statusLine = "", ...lines] = raw.slice(0, split).split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const bytes = raw.slice(split + 4);
  const body = Buffer.from(headers["transfer-encoding"] === "chunked" ? unchunk(bytes) : bytes, "latin1").toString("utf8");
  return { status: Number(statusLine.split(" ")[1]), headers, body };
}

/**
 * Writes bytes to the server as they are (no client library to tidy them up), optionally more
 * bytes later, and collects everything until the server closes the connection.
 */
export function rawRequest(url: string, chunks: string[], { gapMs = 0 } = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = "";
    // latin1 keeps one character per byte, so chunk sizes count right; the body is decoded at the end.
    socket.setEncoding("latin1");
    socket.on("data", (data: string) => (received += data));
    socket.on("error", reject);
    socket.on("close", () => resolve(parseResponse(received)));
    socket.on("connect", () => {
      void (async () => {
        for (const [i, chunk] of chunks.entries()) {
          if (i > 0 && gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
          if (!socket.destroyed) socket.write(chunk);
        }
      })();
    });
  });
}

/**
 * A POST that stops halfway: `accepted` resolves when the server answers `100 Continue`, which
 * Node does only once the request has reached the listener — from then on it is in flight.
 * `finish()` sends the rest of the body.
 */
export function halfSentPost(url: string, target: string, body: string) {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  let received = "";
  let accept: () => void;
  const accepted = new Promise<void>((resolve) => (accept = resolve));
  const response = new Promise<RawResponse>((resolve, reject) => {
    socket.setEncoding("latin1");
    socket.on("data", (data: string) => {
      received += data;
      if (received.startsWith("HTTP/1.1 100")) {
        received = received.slice(received.indexOf("\r\n\r\n") + 4);
        accept();
      }
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(parseResponse(received)));
  });
  const half = Math.floor(body.length / 2);
  socket.on("connect", () =>
    socket.write(
      `POST ${target} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n${body.slice(0, half)}`,
    ),
  );
  return { accepted, response, finish: () => socket.write(body.slice(half)) };
}

/** Resolves once nothing listens at `url` any more (a fresh connection is refused). */
export async function untilRefused(url: string): Promise<void> {
  const { hostname, port } = new URL(url);
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(Number(port), hostname);
      socket.on("connect", () => {
        socket.destroy();
        resolve(false);
      });
      socket.on("error", () => resolve(true));
    });
    if (refused) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A connection from `localAddress` (any 127.x.y.z on loopback) that sends nothing until told: what a half-open attacker holds. */
export async function idleSocket(url: string, localAddress: string) {
  const { hostname, port } = new URL(url);
  const socket = connect({ port: Number(port), host: hostname, localAddress });
  let received = "";
  socket.setEncoding("latin1");
  socket.on("data", (data: string) => (received += data));
  socket.on("error", () => {});
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("close", () => reject(new Error(`the connection from ${localAddress} closed before it opened`)));
  });
  /** Whether the server closed it, given `ms` to do so. */
  const closedWithin = (ms: number) =>
    Promise.race([closed.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
  return { socket, closed, closedWithin, received: () => received };
}
