import type { RouterOutputs } from "@dossier/api";

import { paragraph, hanging, text, type Line, type Page } from "./page";
import { statusLabel } from "../../text/labels";

type Out = RouterOutputs;

/** The story at a glance: summary, key points, and a board of how the article presents its claims. */
export function overviewPage(overview: Out["story"]["overview"], board: Out["claims"]["byStatus"], width: number): Page {
  const { metadata } = overview.source;
  const byline = [metadata.publisher, metadata.byline, metadata.published].filter(Boolean).join(" · ");
  const total = board.reduce((sum, group) => sum + group.claims.length, 0);
  const barRoom = Math.max(4, Math.min(30, width - 30));
  const lines: Line[] = [
    // The title stands in the line above the page.
    ...(byline ? [...paragraph(byline, width, "muted"), []] : []),
    ...paragraph(overview.summary, width),
    [],
    [text("Key points", "heading", true)],
    ...overview.keyPoints.flatMap((point) => hanging(point.text, width, "• ")),
    [],
    [text("How the article presents its claims", "heading", true)],
    ...board.map((group): Line => {
      const count = group.claims.length;
      const bar = "■".repeat(Math.max(1, Math.round((count / Math.max(1, total)) * barRoom)));
      return [
        text(statusLabel(group.status).padEnd(25).slice(0, 25)),
        text(`${bar} `, `status:${group.status}`),
        text(String(count), "muted"),
      ];
    }),
    [],
    [
      text(
        `${overview.counts.claims} claims · ${overview.counts.quotations} quotations · ${overview.counts.entities} actors · ${overview.counts.events} events`,
        "muted",
      ),
    ],
  ];
  return { title: "Overview", lines, webPath: `/${overview.id}`, cite: `“${overview.title}”${byline ? `, ${byline}` : ""}` };
}
