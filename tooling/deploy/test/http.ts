// Requests from a chosen loopback address (Linux answers on all of 127/8), so one test can be many clients.
import { Agent, request, type IncomingHttpHeaders } from "node:http";
import { connect, type Socket } from "node:net";
import { readFileSync } from "node:fs";
import { sleep } from "./topology";

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RequestOptions {
  /** The client's own address, e.g. 127.0.0.2. */
  from?: string;
  headers?: Record<string, string>;
  /** A keep-alive agent, so a loop reuses its connection as a browser would. */
  agent?: Agent;
}

export function get(url: string, { from, headers = {}, agent }: RequestOptions = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { localAddress: from, headers, agent, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`no answer from ${url} within 10 s`)));
    req.on("error", reject);
    req.end();
  });
}

export const keepAlive = () => new Agent({ keepAlive: true, maxSockets: 1 });

/** A raw connection from `from`, for clients that send part of a request and stall. */
export function rawSocket(port: number, from: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: "127.0.0.1", localAddress: from });
    socket.once("connect", () => resolve(socket));
    socket.once("error", reject);
  });
}

/** What a socket receives until the other side closes it, and how long that took; fails after `timeoutMs`. */
export function untilClosed(socket: Socket, timeoutMs: number): Promise<{ received: string; ms: number }> {
  const started = performance.now();
  let received = "";
  socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the connection was still open after ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once("close", () => {
      clearTimeout(timer);
      resolve({ received, ms: performance.now() - started });
    });
    socket.on("error", () => undefined);
  });
}

/** A log file read again until `done` holds of its text (logs are buffered for up to a second). */
export async function readUntil(file: string, done: (text: string) => boolean, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      // Not written yet.
    }
    if (done(text) || Date.now() > deadline) return text;
    await sleep(100);
  }
}

export const jsonLines = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
