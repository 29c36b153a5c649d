// The procedures the terminal calls, with the least shape each answer must have: a server that
// answers otherwise is a different version of the contract, said in one sentence, not a crash later.
import type { RouterInputs, RouterOutputs } from "@dossier/api";

type In = RouterInputs;
type Out = RouterOutputs;

/** Each procedure path with its input and output types. */
export interface Procedures {
  "stories.list": [In["stories"]["list"], Out["stories"]["list"]];
  "story.overview": [In["story"]["overview"], Out["story"]["overview"]];
  "story.source": [In["story"]["source"], Out["story"]["source"]];
  "story.timeline": [In["story"]["timeline"], Out["story"]["timeline"]];
  "story.network": [In["story"]["network"], Out["story"]["network"]];
  "claims.list": [In["claims"]["list"], Out["claims"]["list"]];
  "claims.byStatus": [In["claims"]["byStatus"], Out["claims"]["byStatus"]];
  "claims.detail": [In["claims"]["detail"], Out["claims"]["detail"]];
  "quotations.list": [In["quotations"]["list"], Out["quotations"]["list"]];
  "quotations.detail": [In["quotations"]["detail"], Out["quotations"]["detail"]];
  "entities.list": [In["entities"]["list"], Out["entities"]["list"]];
  "entities.detail": [In["entities"]["detail"], Out["entities"]["detail"]];
  "search.query": [In["search"]["query"], Out["search"]["query"]];
  "export.story": [In["export"]["story"], Out["export"]["story"]];
}
export type ProcedurePath = keyof Procedures;

type Check = (value: unknown) => boolean;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const hasStrings =
  (...keys: string[]): Check =>
  (value) =>
    isObject(value) && keys.every((key) => typeof value[key] === "string");
const listOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(item);
const fields =
  (shape: Record<string, Check>): Check =>
  (value) =>
    isObject(value) && Object.entries(shape).every(([key, check]) => check(value[key]));
const anArray: Check = Array.isArray;
const aString: Check = (value) => typeof value === "string";

/** What an answer must look like for the terminal to show it. */
export const ANSWER_SHAPES: Record<ProcedurePath, Check> = {
  "stories.list": listOf(hasStrings("id", "title", "summary")),
  "story.overview": fields({
    id: aString,
    title: aString,
    summary: aString,
    keyPoints: anArray,
    counts: isObject,
    source: isObject,
  }),
  "story.source": fields({ text: aString, parts: anArray, annotations: listOf(fields({ span: isObject })) }),
  "story.timeline": listOf(fields({ event: hasStrings("id", "label") })),
  "story.network": fields({ nodes: listOf(hasStrings("id", "name")), edges: listOf(hasStrings("from", "to", "kind")) }),
  "claims.list": listOf(hasStrings("id", "text", "status")),
  "claims.byStatus": listOf(fields({ status: aString, claims: anArray })),
  "claims.detail": fields({ claim: hasStrings("id", "text", "status"), excerpts: anArray }),
  "quotations.list": listOf(hasStrings("id", "text", "speaker")),
  "quotations.detail": fields({ quotation: hasStrings("id", "text"), appearances: anArray }),
  "entities.list": listOf(hasStrings("id", "name", "kind")),
  "entities.detail": fields({ entity: hasStrings("id", "name", "kind"), mentions: anArray }),
  "search.query": listOf(hasStrings("kind", "id", "title")),
  "export.story": hasStrings("format", "filename", "body"),
};
