// Loopback servers that accept a request and then misbehave, as a broken or hostile server would:
// say nothing, drip an answer a byte at a time, or send a body that never ends. Each counts what it
// sent and tells when the client hung up; close() ends every connection it still holds.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface HostileServer {
  url: string;
  /** Bytes of body written so far, over every request. */
  sent(): number;
  /** Resolves once a request has come in. */
  arrived(): Promise<void>;
  /** Resolves once a request has come in and its client has gone away. */
  hungUp(): Promise<void>;
  close(): Promise<void>;
}

type Behaviour = (response: ServerResponse, count: (bytes: number) => void) => void;

async function serve(behave: Behaviour): Promise<HostileServer> {
  let sent = 0;
  let arrive!: () => void;
  let hangUp!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const hungUp = new Promise<void>((resolve) => (hangUp = resolve));
  const server = createServer((_request, response) => {
    arrive();
    response.on("close", hangUp);
    behave(response, (bytes) => (sent += bytes));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/trpc`,
    sent: () => sent,
    arrived: () => arrived,
    hungUp: () => hungUp,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Takes the request and never answers: no status line, no headers. */
export const silentServer = () => serve(() => {});

/** Sends the headers, then one byte of a JSON answer every `everyMs`, for ever. */
export const drippingServer = (everyMs = 100) =>
  serve((response, count) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.write("[");
    count(1);
    const drip = setInterval(() => {
      response.write(" ");
      count(1);
    }, everyMs);
    response.on("close", () => clearInterval(drip));
  });

/** Sends a body that never ends, as fast as the client reads it. */
export const endlessServer = () =>
  serve((response, count) => {
    response.writeHead(200, { "content-type": "application/json" });
    const chunk = Buffer.alloc(64 * 1024, " ");
    let open = true;
    response.on("close", () => (open = false));
    const pour = () => {
      while (open) {
        count(chunk.length);
        if (!response.write(chunk)) return void response.once("drain", pour);
      }
    };
    response.write("[");
    pour();
  });

/** Declares a body far past any cap, sends a little of it, and waits. */
export const boastingServer = (bytes: number) =>
  serve((response, count) => {
    response.writeHead(200, { "content-type": "application/json", "content-length": String(bytes) });
    response.write("[");
    count(1);
  });
