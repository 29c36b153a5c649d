// Methods and request targets Next does not serve get a 4xx with one sentence before Next sees
// them: never a 500, never a stack (in the answer or the log), never a redirect to another host.
// On `next start`, `*` and TRACE answer 500 and TRACE logs a stack; an absolute-form target gets
// a 308 to the host it names.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { rawExchange, targetOf } from "./rawHttp";

const base = inject("baseUrl");
const to = targetOf(base);
const localAddress = "127.0.0.9";
const STACK = /^\s+at .+/m;
let logBefore = 0;

beforeAll(() => {
  logBefore = readFileSync(inject("serverLog"), "utf8").length;
});

const ask = async (head: string) => {
  const { text, statuses } = await rawExchange(to, `${head}\r\n\r\n`, { localAddress, deadlineMs: 5000 });
  return { status: statuses[0], text, headers: text.split("\r\n\r\n", 1)[0]!.toLowerCase() };
};

describe("request targets and methods Next does not serve", () => {
  const refused: [string, number, string][] = [
    ["GET *", 400, "GET * HTTP/1.1\r\nHost: x\r\nConnection: close"],
    ["OPTIONS *", 400, "OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close"],
    ["an absolute-form target naming another host", 421, "GET http://other.example/ HTTP/1.1\r\nHost: x\r\nConnection: close"],
    [
      "the same under /api/trpc",
      421,
      "GET http://other.example/api/trpc/story.overview HTTP/1.1\r\nHost: x\r\nConnection: close",
    ],
    ["an authority-form target", 400, "GET other.example:443 HTTP/1.1\r\nHost: x\r\nConnection: close"],
    ["a malformed percent-escape", 400, "GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close"],
    ["no Host header", 400, "GET / HTTP/1.1\r\nConnection: close"],
  ];
  it.each(refused)("%s: %i with one sentence and no Location", async (_name, status, head) => {
    const answer = await ask(head);
    expect(answer.status).toBe(status);
    expect(answer.headers).not.toContain("\r\nlocation:");
    expect(answer.headers).toContain("x-content-type-options: nosniff");
    expect(answer.text).not.toMatch(STACK);
  });

  const methods: [string, string, string][] = [
    ["TRACE on a page", "GET, HEAD", "TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close"],
    ["TRACE on the API", "GET, HEAD, POST", "TRACE /api/trpc/story.overview HTTP/1.1\r\nHost: x\r\nConnection: close"],
    ["CONNECT", "GET, HEAD", "CONNECT other.example:443 HTTP/1.1\r\nHost: other.example:443"],
    ["a method Node does not know", "GET, HEAD", "BREW / HTTP/1.1\r\nHost: x\r\nConnection: close"],
    ["DELETE", "GET, HEAD", "DELETE /arms-for-food HTTP/1.1\r\nHost: x\r\nConnection: close"],
    ["POST to a page", "GET, HEAD", "POST /arms-for-food HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close"],
  ];
  it.each(methods)("%s: 405 with Allow: %s", async (_name, allow, head) => {
    const answer = await ask(head);
    expect(answer.status).toBe(405);
    const allowed = [...answer.headers.matchAll(/\r\nallow: ([^\r]*)/g)].map((m) => m[1]).join(", ");
    expect(allowed).toBe(allow.toLowerCase());
    expect(answer.text).not.toMatch(STACK);
  });

  it("an error under /api/trpc is in tRPC's envelope", async () => {
    const answer = await ask("TRACE /api/trpc/story.overview HTTP/1.1\r\nHost: x\r\nConnection: close");
    const body = JSON.parse(answer.text.split("\r\n\r\n")[1]!) as { error: { data: { code: string; httpStatus: number } } };
    expect(body.error.data).toMatchObject({ code: "METHOD_NOT_SUPPORTED", httpStatus: 405 });
  });

  it("an absolute-form target naming this site is served as its path", async () => {
    const site = new URL(process.env.DOSSIER_SITE_URL ?? "http://127.0.0.1:3000");
    const answer = await ask(`GET ${site.origin}/arms-for-food HTTP/1.1\r\nHost: x\r\nConnection: close`);
    expect(answer.status).toBe(200);
    expect(answer.headers).toContain("x-nextjs-prerender: 1");
  });

  it("the health check answers without touching Next", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("the server logged no stack for any of them", () => {
    const logged = readFileSync(inject("serverLog"), "utf8").slice(logBefore);
    expect(logged).not.toMatch(STACK);
  });
});
