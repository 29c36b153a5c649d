import type { RouterOutputs } from "@dossier/api";
import { hanging, listPage, paragraph, text, type Line, type Page } from "./page";
import type { Names } from "./claimPages";

type Out = RouterOutputs;

export function quotesPage(quotations: Out["quotations"]["list"], names: Names, storyId: string): Page {
  return listPage(
    "Quotations",
    quotations,
    (quotation) => {
      const speaker = names.get(quotation.speaker) ?? quotation.speaker;
      return {
        lines: [[text("“", "accent"), text(quotation.text), text("”", "accent"), text(`  ${speaker}`, "muted")]],
        target: { kind: "quote", id: quotation.id },
        span: quotation.appearances[0]?.span ?? null,
        cite: `“${quotation.text}” — ${speaker}`,
        webPath: `/${storyId}/quotations/${quotation.id}`,
      };
    },
    "The story quotes nobody.",
  );
}

/** One quotation verbatim, its speaker, every appearance with its reporting verb, and its claims. */
export function quoteDetailPage(detail: Out["quotations"]["detail"], width: number, storyId: string): Page {
  const { quotation, speaker } = detail;
  const flags = [quotation.partial ? "a partial quotation" : "", quotation.unclosed ? "its closing mark is missing" : ""].filter(
    Boolean,
  );
  const lines: Line[] = [
    ...paragraph(`“${quotation.text}”`, width, undefined, true),
    ...paragraph(
      `— ${speaker?.name ?? "unknown speaker"}${quotation.attribution.kind === "inferred" ? ` (speaker inferred: ${quotation.attribution.reason ?? ""})` : ""}`,
      width,
      "accent",
    ),
    ...(flags.length ? paragraph(`Note: ${flags.join("; ")}.`, width, "muted") : []),
    [],
    [text("Where the text prints it", "heading", true)],
    ...detail.appearances.flatMap((appearance): Line[] => [
      ...paragraph(
        `${appearance.part?.kind ?? "text"}${appearance.reportingVerb ? ` · “${appearance.reportingVerb.exact}”` : ""}`,
        width,
        "muted",
      ),
      ...hanging(`…${appearance.before}«${appearance.span.exact}»${appearance.after}…`, width, "  "),
    ]),
    ...(detail.claims.length
      ? [
          [],
          [text("Claims it carries", "heading", true)] as Line,
          ...detail.claims.flatMap((claim) => hanging(claim.text, width, "• ")),
        ]
      : []),
    [],
    [text(quotation.id, "muted")],
  ];
  return {
    title: "Quotation",
    lines,
    span: quotation.appearances[0]?.span ?? null,
    cite: `“${quotation.text}” — ${speaker?.name ?? "unknown speaker"}`,
    webPath: `/${storyId}/quotations/${quotation.id}`,
  };
}
