// Real HTTP servers on 127.0.0.1 for the remote door: the real router over tRPC's own adapter, and
// servers that misbehave in the ways a user can meet (hostile text, missing procedures, silence).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import { appRouter, createCaller, createContextInner } from "@dossier/api";
import { poison } from "./hostile";

export interface Running {
  url: string;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<Running> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The real router behind tRPC's standalone adapter. */
export const realServer = (): Promise<Running> =>
  listen(createHTTPServer({ router: appRouter, basePath: "/trpc/", createContext: () => createContextInner() }));

type Answer = (path: string, input: unknown) => Promise<unknown>;

/** Speaks tRPC's wire format (batched GETs) with answers from `answer`: as a server, only in what it says. */
function wireServer(answer: Answer): Server {
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://x");
    const paths = url.pathname.replace(/^\/trpc\//, "").split(",");
    const batch = url.searchParams.get("batch") === "1";
    const inputs = JSON.parse(url.searchParams.get("input") ?? "{}") as Record<string, unknown>;
    void Promise.all(
      paths.map(async (path, i) => {
        try {
          return { result: { data: await answer(path, batch ? inputs[String(i)] : inputs) } };
        } catch (error) {
          return {
            error: { message: (error as Error).message, code: -32004, data: { code: "NOT_FOUND", httpStatus: 404, path } },
          };
        }
      }),
    ).then((envelopes) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(batch ? envelopes : envelopes[0]));
    });
  });
}

const caller = createCaller(createContextInner());
const callReal: Answer = (path, input) => {
  const [a, b] = path.split(".") as [string, string];
  const procedure = (caller as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[a]?.[b];
  if (!procedure) throw new Error(`No procedure found on path "${path}"`);
  return procedure(input);
};

/** The real answers with hostile text around every piece of prose, in valid tRPC envelopes. */
export const hostileServer = (): Promise<Running> =>
  listen(wireServer(async (path, input) => poison(await callReal(path, input))));

/** A server of another version: the story list is there, everything else is missing. */
export const olderServer = (): Promise<Running> =>
  listen(
    wireServer(async (path, input) => {
      if (path === "stories.list") return callReal(path, input);
      throw new Error(`No procedure found on path "${path}"`);
    }),
  );

/** Answers every call, but not in the shape of the contract. */
export const wrongShapeServer = (): Promise<Running> =>
  listen(
    wireServer((path) =>
      Promise.resolve(path === "stories.list" ? [{ id: "arms-for-food", title: "T", summary: "S" }] : { unexpected: true }),
    ),
  );

/** Not a tRPC server at all: a web page for every path. */
export const webPageServer = (): Promise<Running> =>
  listen(
    createServer((_request, response) => {
      response.writeHead(404, { "content-type": "text/html" });
      response.end("<html><body>Not here</body></html>");
    }),
  );

/**
 * The real answers, each held for `delayMs` first: every call alone is inside a client's timeout,
 * but a command that needs several of them adds the delays up.
 */
export const lateServer = (delayMs: number): Promise<Running> =>
  listen(
    wireServer(async (path, input) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return callReal(path, input);
    }),
  );

/** Takes the request and never answers. */
export const silentServer = (): Promise<Running> => listen(createServer(() => undefined));

/** Sends the headers, then the answer one byte every `everyMs`, for ever. */
export const drippingServer = (everyMs = 100): Promise<Running> =>
  listen(
    createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write("[");
      const drip = setInterval(() => response.write(" "), everyMs);
      response.on("close", () => clearInterval(drip));
    }),
  );

/** Sends a body that never ends, as fast as the client takes it. */
export const endlessServer = (): Promise<Running> =>
  listen(
    createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, " ");
      let open = true;
      response.on("close", () => (open = false));
      const pour = () => {
        while (open) if (!response.write(chunk)) return void response.once("drain", pour);
      };
      response.write("[");
      pour();
    }),
  );

/** A port with nothing listening: opened, noted, closed. */
export async function closedPortUrl(): Promise<string> {
  const running = await listen(createServer());
  await running.close();
  return running.url;
}
