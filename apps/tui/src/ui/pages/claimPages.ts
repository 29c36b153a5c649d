import type { RouterOutputs } from "@dossier/api";
import type { ClaimStatusName } from "@dossier/domain/vocabulary";
import { hanging, listPage, paragraph, text, type Line, type Page } from "./page";
import { statusLabel, statusMeaning, roleLabel } from "../../text/labels";

type Out = RouterOutputs;
export type Names = ReadonlyMap<string, string>;

const who = (names: Names, id: string | null) => (id === null ? "the article itself" : (names.get(id) ?? id));

/** Claims in the order the text tells them, one line each, marked with how the article presents them. */
export function claimsPage(claims: Out["claims"]["list"], names: Names, filter: ClaimStatusName | null, storyId: string): Page {
  const title = filter ? `Claims · ${statusLabel(filter)}` : "Claims";
  return listPage(
    title,
    claims,
    (claim) => ({
      lines: [[text("■ ", `status:${claim.status}`), text(claim.text), text(`  ${who(names, claim.claimant)}`, "muted")]],
      target: { kind: "claim", id: claim.id },
      span: claim.appearances[0]?.spans[0] ?? null,
      cite: `${claim.text} (${statusLabel(claim.status).toLowerCase()}, ${who(names, claim.claimant)})`,
      webPath: `/${storyId}/claims/${claim.id}`,
    }),
    filter ? `No claim is presented as ${statusLabel(filter).toLowerCase()}.` : "The story has no claim.",
  );
}

/** One claim: its words, how the article presents it, who makes it, and each appearance in context. */
export function claimDetailPage(detail: Out["claims"]["detail"], width: number, storyId: string): Page {
  const { claim, claimant } = detail;
  const status = { label: statusLabel(claim.status), meaning: statusMeaning(claim.status) };
  const attribution =
    claim.attribution.kind === "stated"
      ? `Stated by ${claimant?.name ?? "the article"}.`
      : claim.attribution.kind === "inferred"
        ? `Attributed by us to ${claimant?.name ?? "nobody"}: ${claim.attribution.reason ?? ""}`
        : "In the article's own voice.";
  const lines: Line[] = [
    ...paragraph(claim.text, width, undefined, true),
    [],
    [
      text("■ ", `status:${claim.status}`),
      text(status.label, `status:${claim.status}`, true),
      text(` · ${roleLabel(claim.role)} · ${claim.modality}`, "muted"),
    ],
    ...paragraph(status.meaning, width, "muted"),
    ...paragraph(attribution, width),
    [],
    [text("In the source", "heading", true)],
    ...detail.excerpts.flatMap((excerpt): Line[] => [
      ...paragraph(
        `${excerpt.part?.kind ?? "text"}${excerpt.attributed ? "" : " · no attribution in the sentence"}`,
        width,
        "muted",
      ),
      ...hanging(`…${excerpt.before}«${excerpt.span.exact}»${excerpt.after}…`, width, "  "),
    ]),
    ...(detail.related.length
      ? [
          [],
          [text("Related claims", "heading", true)] as Line,
          ...detail.related.flatMap((r) =>
            hanging(`${r.relation} ${r.direction === "incoming" ? "←" : "→"} ${r.claim.text}`, width, "• "),
          ),
        ]
      : []),
    ...(detail.quotations.length
      ? [
          [],
          [text("Quotations", "heading", true)] as Line,
          ...detail.quotations.flatMap((q) => hanging(`“${q.text}”`, width, "• ")),
        ]
      : []),
    [],
    [text(claim.id, "muted")],
  ];
  return {
    title: "Claim",
    lines,
    span: claim.appearances[0]?.spans[0] ?? null,
    cite: `${claim.text} (${status.label.toLowerCase()}, ${claimant?.name ?? "the article"})`,
    webPath: `/${storyId}/claims/${claim.id}`,
  };
}
