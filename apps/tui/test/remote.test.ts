import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../src/data/dossierError";
import { dossier } from "./helpers/cli";
import { DANGEROUS } from "./helpers/hostile";
import {
  closedPortUrl,
  endlessServer,
  hostileServer,
  olderServer,
  realServer,
  silentServer,
  webPageServer,
  wrongShapeServer,
  type Running,
} from "./helpers/servers";

const COMMANDS = [
  ["summary"],
  ["claims"],
  ["claims", "--status", "allegation"],
  ["quotes"],
  ["actors"],
  ["timeline"],
  ["network"],
  ["search", "food"],
  ["source"],
  ["export", "--format", "claims-csv"],
];

describe("a real Dossier server", () => {
  let server: Running;
  beforeAll(async () => (server = await realServer()));
  afterAll(() => server.close());

  it("gives every command the same answer as the embedded router, by --api or DOSSIER_API", async () => {
    for (const command of COMMANDS) {
      const embedded = await dossier([...command, "--json"]);
      const remote = await dossier(["--api", server.url, ...command, "--json"]);
      expect(remote.code, command.join(" ")).toBe(0);
      expect(remote.stdout, command.join(" ")).toBe(embedded.stdout);
    }
    const byEnv = await dossier(["claims", "--json"], { env: { DOSSIER_API: `${server.url}/trpc` } });
    expect(byEnv.stdout).toBe((await dossier(["claims", "--json"])).stdout);
  });

  it("passes the server's refusal on as one sentence", async () => {
    const result = await dossier(["--api", server.url, "claims", "--entity", "person.nobody"]);
    expect(result.code).toBe(EXIT.failed);
    expect(result.stderr).toMatch(/^dossier: .*person\.nobody.*\n$/);
  });
});

describe("when the server cannot serve", () => {
  const servers: Running[] = [];
  afterAll(() => Promise.all(servers.map((server) => server.close())));
  const start = async (make: () => Promise<Running>) => {
    const server = await make();
    servers.push(server);
    return server.url;
  };
  const expectOneSentence = (stderr: string) => {
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at |TRPCClientError|TypeError/);
  };

  it("nothing listening: exit 3, says it cannot reach the server", async () => {
    const url = await closedPortUrl();
    const result = await dossier(["--api", url, "summary"]);
    expect(result.code).toBe(EXIT.unreachable);
    expect(result.stderr).toContain(`Cannot reach a Dossier server at ${url}`);
    expectOneSentence(result.stderr);
  });

  it("no answer in time: exit 3, says it did not answer in time", async () => {
    const url = await start(silentServer);
    const result = await dossier(["--api", url, "--timeout", "300", "claims"]);
    expect(result.code).toBe(EXIT.unreachable);
    expect(result.stderr).toContain("did not answer in time");
    expectOneSentence(result.stderr);
  });

  it("an answer without end: exit 4, says it stopped reading past the cap", async () => {
    const url = await start(endlessServer);
    const result = await dossier(["--api", url, "claims"]);
    expect(result.code).toBe(EXIT.incompatible);
    expect(result.stderr).toContain(`The server at ${url} sent more than 8388608 bytes for one answer`);
    expectOneSentence(result.stderr);
  });

  it("another version, a wrong shape, or not tRPC at all: exit 4, says it is incompatible", async () => {
    for (const make of [olderServer, wrongShapeServer, webPageServer]) {
      const url = await start(make);
      const result = await dossier(["--api", url, "claims"]);
      expect(result.code, make.name).toBe(EXIT.incompatible);
      expect(result.stderr, make.name).toMatch(/same version|as a Dossier server does/);
      expectOneSentence(result.stderr);
    }
  });

  it("refuses a URL that is not http(s) before trying it", async () => {
    const result = await dossier(["--api", "file:///etc/passwd", "summary"]);
    expect(result.code).toBe(EXIT.failed);
    expect(result.stderr).toContain("--api needs an http(s) URL");
  });
});

describe("a hostile server", () => {
  let server: Running;
  beforeAll(async () => (server = await hostileServer()));
  afterAll(() => server.close());

  it("gets nothing dangerous onto the terminal, in text or in JSON", async () => {
    for (const command of COMMANDS) {
      for (const format of [[], ["--json"]]) {
        const result = await dossier(["--api", server.url, ...command, ...format], { tty: true, columns: 60 });
        const label = [...command, ...format].join(" ");
        expect(result.code, `${label}: ${result.stderr}`).toBe(0);
        expect(result.stdout, label).not.toMatch(DANGEROUS);
        expect(result.stdout, label).not.toContain("\u001b");
      }
    }
  });

  it("keeps the layout: no text line wider than the terminal", async () => {
    const { stdout } = await dossier(["--api", server.url, "claims"], { tty: true, columns: 60 });
    const wide = stdout.split("\n").filter((line) => line.length > 60 && line.trim().includes(" "));
    expect(wide).toEqual([]);
  });

  it("and JSON still carries the server's data exactly, escaped", async () => {
    const { stdout } = await dossier(["--api", server.url, "actors", "--json"]);
    const actors = JSON.parse(stdout) as { name: string }[];
    expect(actors.some((actor) => DANGEROUS.test(actor.name) || actor.name.includes("\u001b"))).toBe(true);
  });
});
