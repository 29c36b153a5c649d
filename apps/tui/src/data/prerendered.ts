// Router answers computed at build time for the first frame (see build/prerender.ts). The bundle
// defines __DOSSIER_PRERENDERED__; run from source (tests, tsx) it is absent and every call is live.
import type { ProcedurePath } from "./procedures";

declare const __DOSSIER_PRERENDERED__: string | undefined;

/** What the Overview asks for, per story: the same requests its page makes. */
export const firstFrameRequests = (storyId: string): [ProcedurePath, unknown][] => [
  ["story.overview", { storyId }],
  ["claims.byStatus", { storyId }],
];

export const requestKey = (path: ProcedurePath, input: unknown): string => `${path} ${JSON.stringify(input ?? null)}`;

let answers: Map<string, unknown> | undefined;

/** The build-time answer for a request, if the bundle carries one. */
export function prerenderedAnswer(path: ProcedurePath, input: unknown): { value: unknown } | undefined {
  answers ??= new Map(
    Object.entries(
      typeof __DOSSIER_PRERENDERED__ === "string" ? (JSON.parse(__DOSSIER_PRERENDERED__) as Record<string, unknown>) : {},
    ),
  );
  const key = requestKey(path, input);
  return answers.has(key) ? { value: answers.get(key) } : undefined;
}
