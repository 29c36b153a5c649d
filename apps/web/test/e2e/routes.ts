// Every page the site should serve, worked out from the contract in-process (not from the site).
import { createCaller, createContextInner } from "@dossier/api";
import { CLAIM_ROLES, CLAIM_STATUSES } from "@dossier/domain/vocabulary";

export const api = createCaller(createContextInner());

export async function expectedRoutes({ withEmptyFilters = true } = {}): Promise<string[]> {
  const routes = ["/", "/methodology"];
  for (const { id } of await api.stories.list()) {
    const base = `/${id}`;
    routes.push(base);
    for (const section of ["claims", "quotations", "actors", "timeline", "network", "source", "framing", "details", "search"]) {
      routes.push(`${base}/${section}`);
    }
    const [claims, quotations, entities] = await Promise.all([
      api.claims.list({ storyId: id }),
      api.quotations.list({ storyId: id }),
      api.entities.list({ storyId: id }),
    ]);
    const keep = (test: (c: (typeof claims)[number]) => boolean) => withEmptyFilters || claims.some(test);
    routes.push(...CLAIM_STATUSES.filter((s) => keep((c) => c.status === s)).map((s) => `${base}/claims/status/${s}`));
    routes.push(...CLAIM_ROLES.filter((r) => keep((c) => c.role === r)).map((r) => `${base}/claims/role/${r}`));
    routes.push(...claims.map((c) => `${base}/claims/${c.id}`));
    routes.push(...quotations.map((q) => `${base}/quotations/${q.id}`));
    routes.push(...entities.map((e) => `${base}/actors/${e.id}`));
    routes.push(...entities.map((e) => `${base}/claims/actor/${e.id}`));
  }
  return routes;
}
