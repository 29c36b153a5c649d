// The claims of a story, narrowed by one filter, with the filters as plain links (no JavaScript needed).
import Link from "next/link";
import { CLAIM_ROLES, ROLE_LABELS, STATUS_LABELS, type ClaimRoleName, type ClaimStatusName } from "@dossier/domain/vocabulary";
import { ActorLink, StatusBadge } from "./atoms";
import { api, entityNames } from "@/lib/api";
import { atomHref } from "@/lib/site";

export type ClaimFilter = { status: ClaimStatusName } | { role: ClaimRoleName } | { actor: string } | null;

/** Where a filter's list lives: a path segment, so every filtered list is prerendered. */
export function filterHref(storyId: string, filter: ClaimFilter): string {
  const base = `/${storyId}/claims`;
  if (filter === null) return base;
  if ("status" in filter) return `${base}/status/${filter.status}`;
  if ("role" in filter) return `${base}/role/${filter.role}`;
  return `${base}/actor/${filter.actor}`;
}

export function filterTitle(filter: ClaimFilter, actorName?: string): string {
  if (filter === null) return "Every claim";
  if ("status" in filter) return `Claims presented as: ${STATUS_LABELS[filter.status].label}`;
  if ("role" in filter) return `Claims by role in the story: ${ROLE_LABELS[filter.role]}`;
  return `Claims made by, about or mentioning ${actorName ?? filter.actor}`;
}

export async function ClaimsIndex({ storyId, filter }: { storyId: string; filter: ClaimFilter }) {
  const input =
    filter === null
      ? {}
      : "status" in filter
        ? { status: filter.status }
        : "role" in filter
          ? { role: filter.role }
          : { entity: filter.actor };
  const [claims, all, names] = await Promise.all([
    api.claims.list({ storyId, ...input }),
    api.claims.list({ storyId }),
    entityNames(storyId),
  ]);
  const count = (test: (c: (typeof all)[number]) => boolean) => all.filter(test).length;
  const current = filterHref(storyId, filter);
  const link = (f: ClaimFilter, label: string, n: number) => {
    const href = filterHref(storyId, f);
    return (
      <li key={href}>
        <Link href={href} aria-current={href === current ? "page" : undefined}>
          {label}
        </Link>{" "}
        <span className="meta">({n})</span>
      </li>
    );
  };
  const involves = (c: (typeof all)[number], id: string) => c.claimant === id || c.about.includes(id) || c.mentions.includes(id);
  const actors = [...names.keys()].filter((id) => all.some((c) => involves(c, id)));
  return (
    <>
      <h1>{filterTitle(filter, filter && "actor" in filter ? names.get(filter.actor)?.name : undefined)}</h1>
      <nav className="filters" aria-label="Filter claims">
        <ul>{link(null, "All claims", all.length)}</ul>
        <p className="meta">How the article presents them:</p>
        <ul>
          {Object.entries(STATUS_LABELS)
            .map(([status, { label }]) => [status as ClaimStatusName, label, count((c) => c.status === status)] as const)
            .filter(([, , n]) => n > 0)
            .map(([status, label, n]) => link({ status }, label, n))}
        </ul>
        <p className="meta">Their role in the story:</p>
        <ul>
          {CLAIM_ROLES.map((role) => [role, count((c) => c.role === role)] as const)
            .filter(([, n]) => n > 0)
            .map(([role, n]) => link({ role }, ROLE_LABELS[role], n))}
        </ul>
        {/* Folded unless an actor is the filter: the long list would push the claims off a phone's screen. */}
        <details open={filter !== null && "actor" in filter}>
          <summary>Actors who make them, or whom they concern ({actors.length})</summary>
          <ul>
            {actors.map((id) =>
              link(
                { actor: id },
                names.get(id)?.name ?? id,
                count((c) => involves(c, id)),
              ),
            )}
          </ul>
        </details>
      </nav>
      <p className="meta" aria-live="polite">
        {claims.length} of {all.length} claims, in the order the article makes them.
      </p>
      <ol className="atom-list">
        {claims.map((claim) => (
          <li key={claim.id}>
            <Link href={atomHref(storyId, claim.id)}>{claim.text}</Link>
            <br />
            <span className="meta">
              <StatusBadge status={claim.status} /> {ROLE_LABELS[claim.role]} ·{" "}
              {claim.claimant ? <ActorLink storyId={storyId} id={claim.claimant} names={names} /> : "the article's own voice"}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
