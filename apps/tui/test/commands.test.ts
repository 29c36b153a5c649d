import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCaller, createContextInner } from "@dossier/api";
import { STATUS_LABELS } from "@dossier/domain/vocabulary";
import { EXIT } from "../src/data/dossierError";
import { dossier } from "./helpers/cli";

const storyId = "arms-for-food";
const api = createCaller(createContextInner());
const json = async (args: string[]): Promise<unknown> => {
  const result = await dossier([...args, "--json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(EXIT.ok);
  return JSON.parse(result.stdout);
};
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("every command with --json prints exactly what the API answers", () => {
  it("summary is story.overview", async () => expect(await json(["summary"])).toEqual(await api.story.overview({ storyId })));
  it("claims is claims.list", async () => expect(await json(["claims"])).toEqual(await api.claims.list({ storyId })));
  it("claims --status filters as the API does", async () => {
    const denials = await api.claims.list({ storyId, status: "denial" });
    expect(denials.length).toBeGreaterThan(0);
    expect(await json(["claims", "--status", "denial"])).toEqual(denials);
  });
  it("claims --entity and --role filter as the API does", async () => {
    expect(await json(["claims", "--entity", "person.john-kirby", "--role", "supporting"])).toEqual(
      await api.claims.list({ storyId, entity: "person.john-kirby", role: "supporting" }),
    );
  });
  it("quotes is quotations.list", async () => expect(await json(["quotes"])).toEqual(await api.quotations.list({ storyId })));
  it("actors is entities.list", async () => expect(await json(["actors"])).toEqual(await api.entities.list({ storyId })));
  it("timeline is story.timeline", async () => expect(await json(["timeline"])).toEqual(await api.story.timeline({ storyId })));
  it("network is story.network", async () => expect(await json(["network"])).toEqual(await api.story.network({ storyId })));
  it("source is story.source", async () => expect(await json(["source"])).toEqual(await api.story.source({ storyId })));
  it("search joins its words into one query", async () =>
    expect(await json(["search", "food", "Kirby", "--limit", "5"])).toEqual(
      await api.search.query({ storyId, query: "food Kirby", limit: 5 }),
    ));
  it("export --json is export.story", async () =>
    expect(await json(["export", "--format", "claims-csv"])).toEqual(await api.export.story({ storyId, format: "claims-csv" })));
});

describe("plain text for people", () => {
  it("summary shows the title, the summary and every key point", async () => {
    const overview = await api.story.overview({ storyId });
    const { stdout, code } = await dossier(["summary"]);
    expect(code).toBe(0);
    for (const text of [overview.title, overview.summary, ...overview.keyPoints.map((point) => point.text)])
      expect(flat(stdout)).toContain(text);
  });

  it("claims name each claim's status label, claimant and id, in the API's order", async () => {
    const claims = await api.claims.list({ storyId });
    const entities = new Map((await api.entities.list({ storyId })).map((entity) => [entity.id, entity.name]));
    const { stdout } = await dossier(["claims"]);
    const positions = claims.map((claim) => stdout.indexOf(claim.id));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const index = claims.findIndex((claim) => claim.claimant !== null);
    const first = claims[index]!;
    const block = flat(stdout.slice(index === 0 ? 0 : positions[index - 1], positions[index]));
    expect(block).toContain(STATUS_LABELS[first.status].label);
    expect(block).toContain(entities.get(first.claimant!)!);
  });

  it("keeps every line within the terminal's width", async () => {
    for (const command of ["summary", "claims", "quotes", "actors", "timeline", "network", "source"]) {
      const { stdout } = await dossier([command], { tty: true, columns: 50 });
      const long = stdout.split("\n").filter((line) => line.length > 50 && line.trim().includes(" "));
      expect(long, command).toEqual([]);
    }
  });

  it("quotes print each quotation verbatim with its speaker", async () => {
    const quotations = await api.quotations.list({ storyId });
    const { stdout } = await dossier(["quotes"]);
    for (const quotation of quotations) expect(flat(stdout)).toContain(flat(quotation.text));
  });

  it("timeline lists events in the API's order, search shows the matched words", async () => {
    const events = await api.story.timeline({ storyId });
    const timeline = (await dossier(["timeline"])).stdout;
    const at = events.map((entry) => timeline.indexOf(entry.event.id));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const hits = await api.search.query({ storyId, query: "sanctions", limit: 3 });
    const found = flat((await dossier(["search", "sanctions", "--limit", "3"])).stdout);
    for (const hit of hits) expect(found).toContain(hit.id);
  });

  it("export prints the file's body, or writes it exactly with --output", async () => {
    const file = await api.export.story({ storyId, format: "claims-csv" });
    expect((await dossier(["export", "--format", "claims-csv"])).stdout).toBe(
      file.body.endsWith("\n") ? file.body : `${file.body}\n`,
    );
    const target = join(await mkdtemp(join(tmpdir(), "dossier-")), "claims.csv");
    const result = await dossier(["export", "--format", "claims-csv", "--output", target]);
    expect(result.code).toBe(0);
    expect(await readFile(target, "utf8")).toBe(file.body);
  });
});

describe("exit codes and help", () => {
  it("--help lists every command, and each command has its own help", async () => {
    const top = await dossier(["--help"]);
    expect(top.code).toBe(0);
    for (const command of ["summary", "claims", "quotes", "actors", "timeline", "network", "search", "source", "export"]) {
      expect(top.stdout).toContain(command);
      const own = await dossier([command, "--help"]);
      expect(own.code, command).toBe(0);
      expect(own.stdout).toContain(`Usage: dossier ${command}`);
    }
    expect((await dossier(["claims", "--help"])).stdout).toContain("--status");
  });

  it("a wrong command line exits 2 with commander's sentence, and runs nothing", async () => {
    for (const args of [
      ["claims", "--status", "denied"],
      ["frobnicate"],
      ["export"],
      ["search"],
      ["search", "x", "--limit", "0"],
    ]) {
      const result = await dossier(args);
      expect(result.code, args.join(" ")).toBe(EXIT.usage);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/error|not a positive/i);
    }
  });

  it("an unknown story, entity or refused query exits 1 with one sentence", async () => {
    for (const args of [
      ["--story", "nope", "summary"],
      ["claims", "--entity", "person.nobody"],
      ["search", Array(13).fill("w").join(" ")],
    ]) {
      const result = await dossier(args);
      expect(result.code, args.join(" ")).toBe(EXIT.failed);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    }
  });

  it("without a command it starts the reader with the global options", async () => {
    const result = await dossier(["--story", "arms-for-food", "--web", "https://dossier.example"]);
    expect(result.readerStarts).toEqual([
      { api: undefined, story: "arms-for-food", timeout: 10_000, web: "https://dossier.example" },
    ]);
  });
});
