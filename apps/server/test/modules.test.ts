import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const SRC = fileURLToPath(new URL("../src", import.meta.url));
const BUNDLE = fileURLToPath(new URL("../dist/server.js", import.meta.url));
const META = fileURLToPath(new URL("../dist/meta.json", import.meta.url));

/** Each module of src/ and the modules of src/ it imports, types included (`import type` counts too). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(SRC).filter((name) => name.endsWith(".ts"))) {
    const text = readFileSync(join(SRC, file), "utf8");
    graph.set(
      file.replace(/\.ts$/, ""),
      [...text.matchAll(/from "\.\/([\w-]+)"/g)].map((match) => match[1]!),
    );
  }
  return graph;
}

/** A chain of imports that comes back to where it started, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const done = new Set<string>();
  const walk = (module: string, path: string[]): string[] | null => {
    if (path.includes(module)) return [...path.slice(path.indexOf(module)), module];
    if (done.has(module)) return null;
    for (const next of graph.get(module) ?? []) {
      const cycle = walk(next, [...path, module]);
      if (cycle) return cycle;
    }
    done.add(module);
    return null;
  };
  for (const module of graph.keys()) {
    const cycle = walk(module, []);
    if (cycle) return cycle;
  }
  return null;
}

describe("the server's modules", () => {
  it("import each other without a cycle, type imports included", () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(5);
    expect(findCycle(graph)).toBeNull();
  });

  it("would be caught in a cycle", () => {
    expect(
      findCycle(
        new Map([
          ["handler", ["route"]],
          ["route", ["health"]],
          ["health", ["handler"]],
        ]),
      ),
    ).toEqual(["handler", "route", "health", "handler"]);
  });

  it("bundle into one file for plain node that speaks no IPC: the bench's and load run's probe stays outside", () => {
    const bundle = readFileSync(BUNDLE, "utf8");
    expect(bundle).not.toMatch(/process\.send|process\.on\("message"/);
    const inputs = Object.keys((JSON.parse(readFileSync(META, "utf8")) as { inputs: Record<string, unknown> }).inputs);
    expect(inputs).toContain("src/main.ts");
    expect(
      inputs.filter((input) => /^(bench|load|test)\/|\/node_modules\/(fastify|autocannon|fast-check)\//.test(input)),
    ).toEqual([]);
  });
});
