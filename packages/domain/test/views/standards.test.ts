// The standard exports checked against the standards themselves: schema.org's vocabulary (the
// terms used, vendored), FollowTheMoney's model (the maintained package), and Web Annotation.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Model, defaultModel } from "@alephdata/followthemoney";
import { describe, expect, it } from "vitest";
import { exportStory } from "../../src/views/export/exportStory";
import type { Story } from "../../src/schema/story";
import { loadStoryDir } from "../../src/catalog";
import { ARMS_FOR_FOOD_DIR } from "../storyFiles";
import { story as harbour } from "./fixture";

interface Vocabulary {
  types: Record<string, string | null>;
  properties: Record<string, string[]>;
  webAnnotation: string[];
}
const VOCABULARY = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "vocabularies", "schema-org.json"), "utf8"),
) as Vocabulary;
const STORIES: [string, Story][] = [
  ["harbour-market", harbour],
  ["arms-for-food", loadStoryDir(ARMS_FOR_FOOD_DIR).story],
];

/** A type and every type above it: a property of CreativeWork may stand on a Claim. */
function lineage(type: string): string[] {
  const chain: string[] = [];
  for (let t: string | null | undefined = type; t; t = VOCABULARY.types[t]) chain.push(t);
  return chain;
}

/** Every typed node in a JSON-LD document with the property names it uses. */
function typedNodes(value: unknown, found: { type: string; keys: string[] }[] = []) {
  if (Array.isArray(value)) value.forEach((item) => typedNodes(item, found));
  else if (value && typeof value === "object") {
    const node = value as Record<string, unknown>;
    if (typeof node["@type"] === "string")
      found.push({ type: node["@type"], keys: Object.keys(node).filter((key) => !key.startsWith("@")) });
    Object.values(node).forEach((child) => typedNodes(child, found));
  }
  return found;
}

describe.each(STORIES)("JSON-LD of %s uses schema.org as schema.org defines it", (_id, story) => {
  const doc = JSON.parse(exportStory(story, "jsonld", "v").body) as Record<string, unknown>;
  const nodes = typedNodes(doc["@graph"]);

  it("every type is a schema.org type, or a Web Annotation one under oa:", () => {
    for (const { type } of nodes) {
      if (type.startsWith("oa:")) expect(VOCABULARY.webAnnotation, type).toContain(type.slice(3));
      else expect(Object.keys(VOCABULARY.types), type).toContain(type);
    }
  });

  it("every property exists and belongs to its node's type or a type above it", () => {
    for (const { type, keys } of nodes) {
      for (const key of keys) {
        if (key.startsWith("oa:")) {
          expect(VOCABULARY.webAnnotation, key).toContain(key.slice(3));
          continue;
        }
        const domains = VOCABULARY.properties[key];
        expect(domains, `${type}.${key} is not a schema.org property`).toBeDefined();
        expect(
          lineage(type).some((t) => domains!.includes(t)),
          `${key} does not belong on ${type}`,
        ).toBe(true);
      }
    }
  });

  it("rates every claim as the article presents it, never as a verdict", () => {
    const reviews = nodes.filter((node) => node.type === "ClaimReview");
    expect(reviews).toHaveLength(story.claims.length);
    expect(JSON.stringify(doc)).not.toMatch(/"(True|False|Misleading)"/);
  });
});

describe.each(STORIES)("FollowTheMoney lines of %s", (_id, story) => {
  const model = new Model(defaultModel);
  const lines = exportStory(story, "ftm", "v")
    .body.trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as { id: string; schema: string; properties: Record<string, string[]> });
  const ids = new Set(lines.map((line) => line.id));

  it("are entities of the FollowTheMoney model: known schemata, their own properties, required ones present", () => {
    for (const line of lines) {
      const schema = model.getSchema(line.schema);
      expect(schema.abstract, line.schema).toBe(false);
      for (const required of schema.required) expect(line.properties[required], `${line.id} lacks ${required}`).toBeDefined();
      const entity = model.getEntity(line);
      expect(entity.id).toBe(line.id);
      for (const [name, values] of Object.entries(line.properties)) {
        expect(schema.hasProperty(name), `${line.schema} has no property ${name}`).toBe(true);
        expect(values.length).toBeGreaterThan(0);
        const type = schema.getProperty(name).type.name;
        for (const value of values) {
          if (type === "entity") expect(ids, `${line.id}.${name} → ${value}`).toContain(value);
          if (type === "date") expect(value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          if (type === "topic" || type === "country") expect([...model.getType(type).values.keys()]).toContain(value);
        }
      }
    }
  });

  it("hold every actor and every sanction, with each sanction's targets and authority", () => {
    expect(lines.filter((line) => ["Person", "Organization", "PublicBody"].includes(line.schema))).toHaveLength(
      story.entities.length,
    );
    const sanctions = lines.filter((line) => line.schema === "Sanction");
    expect(sanctions).toHaveLength(story.sanctions.length);
    for (const sanction of story.sanctions) {
      const line = sanctions.find((l) => l.id.endsWith(sanction.id))!;
      expect(line.properties.entity).toEqual(sanction.target.map((id) => `${story.id}.${id}`));
      expect(line.properties.authority!.length).toBe(sanction.authority.length);
      if (sanction.program === null) expect(line.properties.program).toBeUndefined();
    }
  });
});
