import type { RouterOutputs } from "@dossier/api";

import { hanging, listPage, paragraph, text, type Line, type Page } from "./page";
import { entityKindLabel, edgeLabel } from "../../text/labels";

type Out = RouterOutputs;

export function actorsPage(entities: Out["entities"]["list"], storyId: string): Page {
  return listPage(
    "Actors",
    entities,
    (entity) => ({
      lines: [
        [text(entity.name, undefined, true), text(`  ${entityKindLabel(entity.kind)} · ${entity.mentions.length}×`, "muted")],
      ],
      target: { kind: "actor", id: entity.id },
      span: entity.mentions[0]?.span ?? null,
      cite: `${entity.name} (${entityKindLabel(entity.kind).toLowerCase()})`,
      webPath: `/${storyId}/claims/actor/${entity.id}`,
    }),
    "The story names nobody.",
  );
}

/** One actor: every mention with the title it gives there, what it says and what is said about it. */
export function actorDetailPage(
  dossier: Out["entities"]["detail"],
  names: ReadonlyMap<string, string>,
  width: number,
  storyId: string,
): Page {
  const { entity } = dossier;
  const section = (title: string, body: Line[]): Line[] => (body.length ? [[], [text(title, "heading", true)], ...body] : []);
  const lines: Line[] = [
    [text(entity.name, "heading", true), text(`  ${entityKindLabel(entity.kind)}`, "muted")],
    ...(entity.aliases.length ? paragraph(`also: ${entity.aliases.join(", ")}`, width, "muted") : []),
    ...(entity.description ? paragraph(entity.description, width) : []),
    ...section(
      "Mentions",
      dossier.mentions.flatMap((mention) =>
        hanging(
          `“${mention.span.exact}”${mention.role ? ` — ${mention.role.text}` : ""}${mention.part ? ` (${mention.part.kind})` : ""}`,
          width,
          "• ",
        ),
      ),
    ),
    ...section(
      "Says",
      dossier.claimsBy.flatMap((claim) => hanging(claim.text, width, "• ")),
    ),
    ...section(
      "Said about it",
      dossier.claimsAbout.flatMap((claim) => hanging(claim.text, width, "• ")),
    ),
    ...section(
      "Quotations",
      dossier.quotations.flatMap((quotation) => hanging(`“${quotation.text}”`, width, "• ")),
    ),
    ...section(
      "Relations",
      dossier.edges.flatMap((edge) =>
        hanging(
          edge.from === entity.id
            ? `${edgeLabel(edge.kind)} ${names.get(edge.to) ?? edge.to}`
            : `${names.get(edge.from) ?? edge.from} ${edgeLabel(edge.kind)} it`,
          width,
          "• ",
        ),
      ),
    ),
    [],
    [text(entity.id, "muted")],
  ];
  return {
    title: entity.name,
    lines,
    span: entity.mentions[0]?.span ?? null,
    cite: `${entity.name} (${entityKindLabel(entity.kind).toLowerCase()})`,
    webPath: `/${storyId}/claims/actor/${entity.id}`,
  };
}
