export { createStorySearch, DEFAULT_SEARCH_LIMIT, type SearchHit, type SearchRequest, type StorySearch } from "./storySearch";
export { SEARCH_KINDS, type SearchKind } from "./documents";
