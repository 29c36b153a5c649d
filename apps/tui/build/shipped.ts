// Stands in for `@dossier/domain/shipped` in the bin (see build.mjs). The build opened the shipped
// stories with the real `shippedCatalog()`, which proves each one's hash, schema, integrity and id,
// and carries the proven catalog in the bundle as JSON; at run time the bin reads it back instead
// of proving the same bytes again (the bundle cannot change after its build).
import type { Catalog, Story } from "@dossier/domain";

declare const __DOSSIER_CATALOG__: string;

/** The catalog as the build wrote it: entries of the catalog's maps. */
export interface ProvenCatalog {
  stories: [string, Story][];
  versions: [string, string][];
  version: string;
}

let shipped: Catalog | undefined;

export function shippedCatalog(): Catalog {
  if (!shipped) {
    const proven = JSON.parse(__DOSSIER_CATALOG__) as ProvenCatalog;
    shipped = { stories: new Map(proven.stories), versions: new Map(proven.versions), version: proven.version };
  }
  return shipped;
}
