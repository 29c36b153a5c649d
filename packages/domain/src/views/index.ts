// Derived views of a loaded story: pure functions of a Story, no I/O.
export { deriveStory, type DerivedStory } from "./deriveStory";
export { lookupOf, type StoryLookup } from "./lookup";
export { claimRef, entityRef, type ClaimRef, type EntityRef } from "./refs";
export { partOf, excerptOf, type PartRef, type Excerpt } from "./parts";
export { firstToldAt, inSourceOrder } from "./sourceOrder";
export { overview, type Overview, type KeyPointView } from "./overview";
export { filterClaims, claimInvolves, type ClaimFilter } from "./filterClaims";
export { claimsByStatus, type ClaimGroup } from "./claimsByStatus";
export { claimDetail, type ClaimDetail, type ClaimExcerpt, type RelatedClaim } from "./claimDetail";
export { quotationDetail, type QuotationDetail, type QuotationAppearanceView } from "./quotationDetail";
export { entityDossier, type EntityDossier, type MentionView } from "./entityDossier";
export { timeline, type TimelineEntry } from "./timeline";
export {
  network,
  EDGE_KINDS,
  edgeKindForStatus,
  type EdgeKind,
  type Network,
  type NetworkEdge,
  type NetworkNode,
} from "./network";
export { annotations, type Annotation } from "./annotations";
export * from "./search/index";
export { EXPORT_FORMATS, exportStory, type ExportFormat, type StoryExport } from "./export/exportStory";
export { csvCell, toCsv } from "./export/csv";
export { CLAIMS_CSV_HEADER } from "./export/claimsCsv";
export { QUOTATIONS_CSV_HEADER } from "./export/quotationsCsv";
export { followTheMoneyLines, type FtmEntity } from "./export/followTheMoney";
export { ploverEvents } from "./export/ploverEvents";
export { provenanceOf, type Provenance } from "./export/provenance";
export { storyJsonLd } from "./export/jsonld";
