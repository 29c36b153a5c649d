import type { Claim, ClaimStatus } from "../schema/claim";
import type { Entity, EntityKind } from "../schema/entity";

/** A claim named in another view: enough to show and link it. */
export interface ClaimRef {
  id: string;
  text: string;
  status: ClaimStatus;
}

/** An entity named in another view: enough to show and link it. */
export interface EntityRef {
  id: string;
  name: string;
  kind: EntityKind;
}

export const claimRef = ({ id, text, status }: Claim): ClaimRef => ({ id, text, status });

export const entityRef = ({ id, name, kind }: Entity): EntityRef => ({ id, name, kind });

/** Resolves ids through a map, skipping none: a loaded story's references always resolve. */
export function resolveAll<T>(ids: readonly string[], map: ReadonlyMap<string, T>): T[] {
  return ids.flatMap((id) => {
    const atom = map.get(id);
    return atom === undefined ? [] : [atom];
  });
}
