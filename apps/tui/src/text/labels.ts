// Labels from the domain's vocabulary, with the raw value as a fallback: a server of another
// version may send a status this build does not know, and that must not crash the screen.
import { EDGE_KIND_LABELS, ENTITY_KIND_LABELS, ROLE_LABELS, STATUS_LABELS } from "@dossier/domain/vocabulary";

const lookup = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

export const statusLabel = (status: string): string => lookup(STATUS_LABELS, status)?.label ?? status;
export const statusMeaning = (status: string): string => lookup(STATUS_LABELS, status)?.meaning ?? "";
export const roleLabel = (role: string): string => lookup(ROLE_LABELS, role) ?? role;
export const entityKindLabel = (kind: string): string => lookup(ENTITY_KIND_LABELS, kind) ?? kind;
export const edgeLabel = (kind: string): string => lookup(EDGE_KIND_LABELS, kind) ?? kind;
