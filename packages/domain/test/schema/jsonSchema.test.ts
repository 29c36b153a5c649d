import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { storyJsonSchema, storyJsonSchemaText } from "../../src/cli/jsonSchema";
import { SCHEMA_FILE } from "../../src/cli/paths";
import { REFERENCE_KEYS } from "../../src/integrity/walk";

/** An atom id pattern, as ids.ts builds them: `^(?:prefix|prefix)\.slug$`. */
const ID_PATTERN = /^\^\(\?:[a-z|]+\)\\\.\[a-z0-9\]\+/;

interface StringKeys {
  /** Keys whose value (or array item, or nullable branch) is a string with an id pattern. */
  ids: Set<string>;
  /** Keys whose value is a string with no id pattern: free text. */
  text: Set<string>;
}

/** Walks the JSON Schema once, sorting every string-valued property key into ids or text. */
function stringKeys(
  node: unknown,
  key: string | null = null,
  found: StringKeys = { ids: new Set(), text: new Set() },
): StringKeys {
  if (Array.isArray(node)) {
    node.forEach((item) => stringKeys(item, key, found));
    return found;
  }
  if (!node || typeof node !== "object") return found;
  const schema = node as Record<string, unknown>;
  if (typeof schema.pattern === "string" && ID_PATTERN.test(schema.pattern)) found.ids.add(key ?? "(root)");
  else if (schema.type === "string" && key !== null) found.text.add(key);
  for (const [name, child] of Object.entries(schema)) {
    if (name === "properties" && child && typeof child === "object") {
      for (const [property, sub] of Object.entries(child)) stringKeys(sub, property, found);
    } else if (name !== "pattern") {
      stringKeys(child, key, found); // items, anyOf, $defs…: still the same property
    }
  }
  return found;
}

describe("story.schema.json", () => {
  it("is what the zod model generates today (run `pnpm -F @dossier/domain generate` to refresh it)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(storyJsonSchemaText());
  });

  it("describes a story file: strict, with its atom collections required", () => {
    const schema = storyJsonSchema() as { $schema: string; required: string[]; additionalProperties: boolean };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(["id", "claims", "entities", "source"]));
    expect(schema.required).not.toContain("$schema");
  });

  it("lets no reference field escape the integrity check: every id-typed key is `id` or a REFERENCE_KEY", () => {
    const keys = stringKeys(storyJsonSchema()).ids;
    // The walk must see the references it guards, or this test proves nothing.
    for (const known of ["claimant", "speaker", "claims", "about", "from", "organisation", "atom"]) expect(keys).toContain(known);
    const escaped = [...keys].filter((key) => key !== "id" && !REFERENCE_KEYS.has(key));
    expect(escaped).toEqual([]);
  });

  it("gives no REFERENCE_KEY to a text field, which the walk would misread as a reference", () => {
    const keys = stringKeys(storyJsonSchema()).text;
    for (const known of ["text", "exact", "goods", "method"]) expect(keys).toContain(known);
    expect([...keys].filter((key) => REFERENCE_KEYS.has(key))).toEqual([]);
  });

  it("recognises id patterns and nothing else", () => {
    expect(ID_PATTERN.test("^(?:claim)\\.[a-z0-9]+(?:-[a-z0-9]+)*$")).toBe(true);
    expect(ID_PATTERN.test("^(?:person|country)\\.[a-z0-9]+(?:-[a-z0-9]+)*$")).toBe(true);
    expect(ID_PATTERN.test("^[a-z0-9]+(?:-[a-z0-9]+)*$")).toBe(false); // the story id is a slug, not a reference
    expect(ID_PATTERN.test("^[0-9a-f]{64}$")).toBe(false);
  });
});
