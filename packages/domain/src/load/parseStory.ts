import { StoryFile, type Story } from "../schema/story";
import { checkStory } from "../integrity/checkStory";
import { StoryLoadError, plainReason, type StoryIssue } from "../integrity/issue";

export interface StoryInput {
  /** Where the story comes from, for error messages (e.g. stories/arms-for-food/story.json). */
  file: string;
  /** The parsed JSON of story.json. */
  json: unknown;
  /** The verbatim source text. */
  text: string;
}

/**
 * Validates a story file against the schema, joins its source text and proves its integrity.
 * Returns a Story or throws a StoryLoadError naming the file, the JSON path and the reason:
 * a broken story never half-loads.
 */
export function parseStory({ file, json, text }: StoryInput): Story {
  const parsed = StoryFile.safeParse(json);
  if (!parsed.success) {
    const issues: StoryIssue[] = parsed.error.issues.map((issue) => ({
      path: issue.path,
      reason: plainReason(issue.message),
    }));
    throw new StoryLoadError(file, issues);
  }
  const { $schema: _schema, ...fields } = parsed.data;
  const story: Story = { ...fields, source: { ...fields.source, text } };
  const issues = checkStory(story);
  if (issues.length > 0) throw new StoryLoadError(file, issues);
  return story;
}

/** parseStory as a value: never throws for a bad story. */
export function safeParseStory(input: StoryInput): { ok: true; story: Story } | { ok: false; error: StoryLoadError } {
  try {
    return { ok: true, story: parseStory(input) };
  } catch (error) {
    if (error instanceof StoryLoadError) return { ok: false, error };
    throw error;
  }
}
