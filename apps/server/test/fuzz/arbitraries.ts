import fc from "fast-check";
import { CLAIM_ROLES, CLAIM_STATUSES, EXPORT_FORMATS, SEARCH_KINDS } from "@dossier/domain";
import { STORY_ID, PROCEDURE_CASES } from "@dossier/api/testing";

/** One request as the fuzzer sends it: anything a client, a broken client or an attacker might. */
export interface FuzzRequest {
  method: string;
  target: string;
  headers: Record<string, string>;
  body?: string;
}

const PATHS = Object.keys(PROCEDURE_CASES);

/** Strings of every kind: plain, unicode (lone surrogates included), control characters, huge. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme" }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\u0000",
      "../../etc/passwd",
      "__proto__",
      "constructor",
      "%00",
      "<script>",
      "💥".repeat(50),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 200, max: 12_000 }))
      .map(([s, n]) => s.repeat(n)),
  },
);
const junk = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), text, fc.anything({ maxDepth: 2 }));
const idOf = (prefix: string, known: string[]) =>
  fc.oneof(
    fc.constantFrom(...known),
    text.map((s) => `${prefix}.${s}`),
    fc.stringMatching(/^[a-z]{1,8}\.[a-z-]{1,20}$/),
    junk,
  );

/** An input object near the real shape: right keys with right, wrong, odd or missing values. */
const nearInput = fc.record(
  {
    storyId: fc.oneof(fc.constant(STORY_ID), fc.constant(STORY_ID), fc.constant("no-such-story"), junk),
    claimId: idOf("claim", ["claim.vote", "claim.unsafe"]),
    quotationId: idOf("quote", ["quote.safety"]),
    entityId: idOf("person", ["person.mara-quill", "group.traders"]),
    claimant: idOf("person", ["person.mara-quill"]),
    entity: idOf("body", ["body.harbour-council"]),
    status: fc.oneof(fc.constantFrom(...CLAIM_STATUSES), junk),
    role: fc.oneof(fc.constantFrom(...CLAIM_ROLES), junk),
    query: fc.oneof(fc.constantFrom("council", "market traders", "Quill"), text, junk),
    kinds: fc.oneof(fc.subarray([...SEARCH_KINDS]), fc.array(fc.oneof(fc.constantFrom(...SEARCH_KINDS), text)), junk),
    limit: fc.oneof(fc.integer({ min: -10, max: 200 }), fc.double(), junk),
    format: fc.oneof(fc.constantFrom(...EXPORT_FORMATS), junk),
  },
  { requiredKeys: [] },
);
const inputValue = fc.oneof({ weight: 4, arbitrary: nearInput }, { weight: 1, arbitrary: junk });

/** encodeURIComponent for any string: a lone surrogate (half of a cut pair) has no UTF-8 form, so it becomes U+FFFD. */
const encode = (s: string) =>
  encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"));

/** Makes any string safe for Node's client (bytes 0x21–0xFF) by percent-encoding what it refuses. */
const pathSafe = (s: string) => s.replace(/[^\u0021-\u00ff]/gu, encode);

/** How the input travels: proper JSON, broken JSON, raw text, or not at all. */
const encodedInput = (value: unknown) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constant(`input=${encode(JSON.stringify(value) ?? "null")}`) },
    { weight: 1, arbitrary: fc.nat().map((n) => `input=${encode((JSON.stringify(value) ?? "").slice(0, n))}`) },
    { weight: 1, arbitrary: fc.constant(`input=${pathSafe(JSON.stringify(value) ?? "")}`) },
    { weight: 1, arbitrary: text.map((s) => `input=${pathSafe(s)}`) },
    { weight: 1, arbitrary: fc.constantFrom("", "input=", "input=%E0%A4%A", "input=%7B%7D&input=1", "connectionParams=%7B") },
  );

const procedurePath = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PATHS) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constantFrom(
        "",
        ".",
        "..",
        "__proto__",
        "constructor",
        "story.__proto__",
        "story..overview",
        "%2e%2e",
        "%ZZ",
        "story/overview",
        "STORY.OVERVIEW",
        "toString",
      ),
      text.map(pathSafe),
    ),
  },
);

const single = fc
  .tuple(procedurePath, inputValue)
  .chain(([path, value]) => encodedInput(value).map((query) => `/trpc/${path}${query ? `?${query}` : ""}`));

const batch = fc.array(fc.tuple(procedurePath, inputValue), { minLength: 0, maxLength: 14 }).chain((calls) => {
  const inputs = fc.oneof(
    fc.constant(Object.fromEntries(calls.map(([, value], i) => [i, value]))),
    fc.constant(calls.map(([, value]) => value)),
    junk,
  );
  return inputs.chain((value) =>
    encodedInput(value).map((query) => `/trpc/${calls.map(([p]) => p).join(",")}?batch=1${query ? `&${query}` : ""}`),
  );
});

const trick = fc.constantFrom(
  "/",
  "/healthz",
  "/healthz?x=1",
  "/trpc",
  "/trpc/",
  "/trpc/../healthz",
  "/trpc/%2e%2e/healthz",
  "//trpc/story.overview",
  "/TRPC/story.overview",
  "/trpcstory.overview",
  "/trpc/story.overview/",
  "/trpc/story.overview?batch=1",
  "/trpc/story.overview%00",
  "http://evil.example/trpc/stories.list",
  "*",
);

const hugeTarget = fc.integer({ min: 7_000, max: 20_000 }).map((n) => `/trpc/story.overview?input=${"a".repeat(n)}`);

const target = fc.oneof(
  { weight: 8, arbitrary: single },
  { weight: 3, arbitrary: batch },
  { weight: 1, arbitrary: trick },
  { weight: 1, arbitrary: hugeTarget },
);

const headerValue = fc.oneof(
  fc.stringMatching(/^[\x20-\x7e]{0,40}$/),
  fc.constantFrom("application/json", "application/jsonl", "*", '"x"'),
);
const someHeaders = fc.record(
  {
    "content-type": fc.oneof(
      fc.constantFrom("application/json", "multipart/form-data", "application/octet-stream", "text/plain"),
      headerValue,
    ),
    "trpc-accept": fc.oneof(fc.constant("application/jsonl"), headerValue),
    accept: headerValue,
    "if-none-match": headerValue,
    origin: headerValue,
    "x-request-id": headerValue,
  },
  { requiredKeys: [] },
);
const headers = fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 2, arbitrary: someHeaders });

const postBody = fc.oneof(
  inputValue.map((value) => JSON.stringify(value) ?? ""),
  text.map((s) => s.slice(0, 12_000)),
  fc.constant(""),
);

const method = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom("GET") },
  { weight: 4, arbitrary: fc.constantFrom("HEAD", "POST", "OPTIONS") },
  {
    weight: 2,
    arbitrary: fc.constantFrom("PUT", "DELETE", "PATCH", "TRACE", "CONNECT", "PROPFIND", "get"),
  },
);

export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc
  .record({ method, target, headers, body: postBody })
  .map(({ method, target, headers, body }) =>
    method === "POST" ? { method, target, headers, body } : { method, target, headers },
  );
