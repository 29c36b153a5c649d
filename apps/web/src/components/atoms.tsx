// Small pieces every page uses to name an atom: a status, a claim line, an actor link.
import Link from "next/link";
import { STATUS_LABELS, type ClaimStatusName } from "@dossier/domain/vocabulary";
import { atomHref } from "@/lib/site";
import type { Entity } from "@/lib/api";

export function StatusBadge({ status }: { status: ClaimStatusName }) {
  const { label, meaning } = STATUS_LABELS[status];
  return (
    <span className="badge" data-status={status} title={meaning}>
      {label}
    </span>
  );
}

export interface ClaimLine {
  id: string;
  text: string;
  status: ClaimStatusName;
}

export function ClaimList({
  storyId,
  claims,
  empty = "None.",
}: {
  storyId: string;
  claims: readonly ClaimLine[];
  empty?: string;
}) {
  if (claims.length === 0) return <p className="meta">{empty}</p>;
  return (
    <ul className="atom-list">
      {claims.map((claim) => (
        <li key={claim.id}>
          <Link href={atomHref(storyId, claim.id)}>{claim.text}</Link> <StatusBadge status={claim.status} />
        </li>
      ))}
    </ul>
  );
}

/** Links an entity id to its page by name; an id the story does not know is shown as written. */
export function ActorLink({ storyId, id, names }: { storyId: string; id: string; names: Map<string, Entity> }) {
  const entity = names.get(id);
  return <Link href={atomHref(storyId, id)}>{entity?.name ?? id}</Link>;
}

export function ActorList({ storyId, ids, names }: { storyId: string; ids: readonly string[]; names: Map<string, Entity> }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ", " : ""}
          <ActorLink storyId={storyId} id={id} names={names} />
        </span>
      ))}
    </>
  );
}
