// The web app's production server: node:http around Next's request handler, with the limits the
// standalone API applies (@dossier/http-guard) in front. Next only ever sees an origin-form target
// with a method it serves, this site's Host, and no forwarded host of the client's choosing.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { EventEmitter } from "node:events";
import type { AddressInfo, Socket } from "node:net";
import next from "next";
import { authorityOf, createConnectionGate, createLoadShedder, createRateLimiter } from "@dossier/http-guard";
import { createAdmission } from "./admission";
import type { WebServerConfig } from "./config";
import { OWN_HEADERS, sendRefusal } from "./replies";
import { answerClientError, answerConnect, answerExpectation } from "./socketReplies";

export interface WebServer {
  /** http://host:port, where it listens. */
  url: string;
  port: number;
  server: Server;
  /** Stops taking connections, lets requests in flight finish (within the grace), then stops Next. Idempotent. */
  close(): Promise<void>;
}

/** Headers a client could set to make Next believe it was asked for another host. */
const FORWARDED = ["x-forwarded-host", "x-forwarded-port", "x-forwarded-proto", "x-forwarded-for", "forwarded"];

export async function startWebServer(config: WebServerConfig, dir: string): Promise<WebServer> {
  const site = new URL(config.siteUrl);
  const siteAuthority = authorityOf(config.siteUrl);
  const shedder =
    config.shedMaxInFlight > 0 || config.shedMaxLagMs > 0
      ? createLoadShedder({ maxInFlight: config.shedMaxInFlight, maxLagMs: config.shedMaxLagMs })
      : null;
  const ownAuthorities = new Set([siteAuthority]);
  const admit = createAdmission({
    trustProxyHops: config.trustProxyHops,
    ownAuthorities,
    apiLimiter: config.apiRate && createRateLimiter(config.apiRate.perSecond, config.apiRate.burst),
    pageLimiter: config.pageRate && createRateLimiter(config.pageRate.perSecond, config.pageRate.burst),
    shedder,
  });
  let closing = false;
  /** Answers Next is still making, which shutdown waits for. */
  const inFlight = new Set<ServerResponse>();
  const refused = new Map<string, number>();
  const count = (reason: string) => refused.set(reason, (refused.get(reason) ?? 0) + 1);

  let handle: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | null = null;
  let prepared: (() => void) | undefined;
  const ready = new Promise<void>((resolve) => (prepared = resolve));

  /** Hands an admitted request to Next with this site's host and only the headers Next may trust. */
  const serve = (req: IncomingMessage, res: ServerResponse, url: string, apiPath: boolean, counted: boolean) => {
    req.url = url;
    for (const name of FORWARDED) delete req.headers[name];
    req.headers.host = siteAuthority;
    req.headers["x-forwarded-proto"] = site.protocol.slice(0, -1);
    const done = counted && shedder ? shedder.begin() : undefined;
    inFlight.add(res);
    res.once("close", () => {
      inFlight.delete(res);
      done?.();
      // A keep-alive connection would otherwise hold shutdown open until it times out.
      if (closing) req.socket.end();
    });
    handle!(req, res).catch((error: unknown) => {
      console.error(`web: ${req.method} ${url} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) return void res.destroy();
      sendRefusal(res, { status: 500, code: "INTERNAL_SERVER_ERROR", message: "The page could not be made." }, apiPath);
    });
  };

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    if (closing) res.setHeader("connection", "close");
    const decision = admit(req);
    switch (decision.kind) {
      case "refuse":
        count(String(decision.refusal.status));
        return sendRefusal(res, decision.refusal, decision.apiPath);
      case "health": {
        const up = !closing && handle !== null;
        const body = Buffer.from(JSON.stringify({ status: closing ? "closing" : up ? "ok" : "starting" }));
        res.writeHead(up ? 200 : 503, [
          "content-type",
          "application/json",
          "content-length",
          String(body.length),
          ...OWN_HEADERS,
        ]);
        return void res.end(req.method === "HEAD" ? undefined : body);
      }
      case "next":
        // Requests that come while Next is still loading its build wait for it.
        if (handle !== null) return serve(req, res, decision.url, decision.apiPath, decision.counted);
        return void ready.then(() => serve(req, res, decision.url, decision.apiPath, decision.counted));
    }
  };

  const timeout = config.requestTimeoutMs;
  const server = createServer(
    {
      // Headers must arrive in time and the whole request a second later; Node's defaults are 60 s and 300 s.
      headersTimeout: timeout,
      requestTimeout: timeout + 1000,
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(timeout / 4))),
      keepAliveTimeout: config.idleTimeoutMs,
      // Checked by the admission, so the refusal carries the security headers.
      requireHostHeader: false,
    },
    listener,
  );
  const gate = createConnectionGate(config.maxConnections, config.maxConnectionsPerClient);
  server.on("connection", (socket: Socket) => {
    gate.admit(socket);
    if (socket.destroyed) count("connection-cap");
  });
  server.on(
    "clientError",
    answerClientError((code) => count(code ?? "client-error")),
  );
  server.on("connect", answerConnect);
  server.on("checkExpectation", answerExpectation);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port, address, family } = server.address() as AddressInfo;
  const host = family === "IPv6" ? `[${address}]` : address;
  ownAuthorities.add(authorityOf(`http://${host}:${port}`));

  // Next hangs an 'upgrade' listener on the server it is given (or finds on the first request),
  // which would take Upgrade requests past the admission. The site serves no WebSocket: it gets a
  // server of its own that never emits, and Node hands upgrades to the listener above as plain requests.
  const app = next({ dev: false, dir, hostname: config.host, port, httpServer: new EventEmitter() as Server });
  await app.prepare();
  handle = app.getRequestHandler();
  prepared!();
  // Refusals are counted, not logged one by one: a flood of them must not become a flood of log lines.
  const tally = setInterval(() => {
    if (refused.size === 0) return;
    console.log(`web: refused in the last minute: ${[...refused].map(([why, n]) => `${why} ×${n}`).join(", ")}`);
    refused.clear();
  }, 60_000);
  tally.unref();

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= new Promise<void>((resolve) => {
      closing = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
      const force = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
      force.unref();
      server.close(() => {
        clearTimeout(force);
        clearInterval(tally);
        shedder?.stop();
        app.close().then(resolve, resolve);
      });
      server.closeIdleConnections();
    });
    return closed;
  };
  return { url: `http://${host}:${port}`, port, server, close };
}
