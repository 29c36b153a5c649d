// The public face of @dossier/domain: pure, no I/O. Node-only loading lives in ./catalog.
export * from "./schema/index.js";
export { checkStory } from "./integrity/checkStory.js";
export { StoryLoadError, describeIssue, formatPath, plainReason, type StoryIssue } from "./integrity/issue.js";
export { REFERENCE_KEYS } from "./integrity/walk.js";
export { parseStory, safeParseStory, type StoryInput } from "./load/parseStory.js";
export * from "./views/index.js";
