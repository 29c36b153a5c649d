// The public face of @dossier/domain: pure, no I/O. Node-only loading lives in ./catalog.
export * from "./schema/index";
export { checkStory } from "./integrity/checkStory";
export { StoryLoadError, describeIssue, formatPath, plainReason, type StoryIssue } from "./integrity/issue";
export { REFERENCE_KEYS } from "./integrity/walk";
export { parseStory, safeParseStory, type StoryInput } from "./load/parseStory";
export { openStory, openCatalog, dataVersionOf, sha256Hex, type Catalog, type StoryFiles } from "./load/openStory";
export * from "./views/index";
export {
  STATUS_LABELS,
  ROLE_LABELS,
  ENTITY_KIND_LABELS,
  NOTE_KIND_LABELS,
  EDGE_KIND_LABELS,
  EXPORT_FORMAT_LABELS,
} from "./vocabulary";
