/** A problem found in a story: where (a JSON path into story.json) and why. */
export interface StoryIssue {
  path: readonly PropertyKey[];
  reason: string;
}

/** `claims[3].appearances[0].spans[0].exact` — the path as a reader of story.json finds it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || "(root)";
}

/** A zod issue message as the reason part of a sentence: no "Invalid input: " lead, no final stop. */
export function plainReason(message: string): string {
  return message.replace(/\.$/, "").replace(/^Invalid input: /, "");
}

/** One sentence: the file, the JSON path and the reason. */
export function describeIssue(file: string, issue: StoryIssue): string {
  return `${file} at ${formatPath(issue.path)}: ${issue.reason}.`;
}

/** Thrown when a story cannot load; nothing of a broken story is ever used. */
export class StoryLoadError extends Error {
  override readonly name = "StoryLoadError";
  constructor(
    readonly file: string,
    readonly issues: readonly StoryIssue[],
  ) {
    const first = issues[0];
    const head = first ? describeIssue(file, first) : `${file}: the story could not be loaded.`;
    const more = issues.length > 1 ? ` (${issues.length - 1} more ${issues.length === 2 ? "problem" : "problems"})` : "";
    super(`${head.slice(0, -1)}${more}.`);
  }

  /** Every problem, one sentence a line. */
  describeAll(): string {
    return this.issues.map((issue) => describeIssue(this.file, issue)).join("\n");
  }
}
