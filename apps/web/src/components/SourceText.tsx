// The article verbatim with its annotations (see lib/sourceHtml for why it is one HTML string).
import type { SourceView } from "@/lib/api";
import { sourceHtml } from "@/lib/sourceHtml";

export function SourceText({ storyId, source }: { storyId: string; source: SourceView }) {
  return <div className="source-text" dangerouslySetInnerHTML={{ __html: sourceHtml(storyId, source) }} />;
}
