import type { Story } from "../../schema/story";
import type { Entity, EntityKind } from "../../schema/entity";
import type { Claim } from "../../schema/claim";
import type { Quotation } from "../../schema/quotation";
import type { Span } from "../../schema/span";
import { STATUS_LABELS } from "../../vocabulary";
import { provenanceOf } from "./provenance";

type Node = Record<string, unknown>;

const SCHEMA_TYPE: Record<EntityKind, string> = {
  person: "Person",
  country: "Country",
  "government-body": "GovernmentOrganization",
  "international-organisation": "Organization",
  organisation: "Organization",
  media: "NewsMediaOrganization",
  group: "Organization",
};

const ARTICLE = "#article";
const DOSSIER = { "@type": "Organization", name: "Dossier" };
const ref = (id: string | null) => (id === null ? null : { "@id": `#${id}` });
const refs = (ids: readonly string[]) => ids.map(ref);

/** Each span as W3C Web Annotation selectors: where it is (offsets) and what it says (quote). */
const selectors = (spans: readonly Span[]) =>
  spans.flatMap((span) => [
    { "@type": "oa:TextPositionSelector", "oa:start": span.start, "oa:end": span.end },
    {
      "@type": "oa:TextQuoteSelector",
      "oa:exact": span.exact,
      ...(span.prefix ? { "oa:prefix": span.prefix } : {}),
      ...(span.suffix ? { "oa:suffix": span.suffix } : {}),
    },
  ]);

function entityNode(entity: Entity): Node {
  const node: Node = {
    "@type": SCHEMA_TYPE[entity.kind],
    "@id": `#${entity.id}`,
    name: entity.name,
    alternateName: entity.aliases,
    description: entity.description,
  };
  if (entity.kind === "person") node.nationality = ref(entity.nationality);
  else if (entity.kind !== "country") node.parentOrganization = ref(entity.partOf);
  return node;
}

/** A claim and where the article prints it: each appearance is a passage of the article. */
const claimNode = (claim: Claim): Node => ({
  "@type": "Claim",
  "@id": `#${claim.id}`,
  text: claim.text,
  author: ref(claim.claimant),
  about: refs(claim.about),
  mentions: refs(claim.mentions),
  appearance: claim.appearances.map((appearance) => ({
    "@type": "CreativeWork",
    isPartOf: { "@id": ARTICLE },
    text: appearance.spans.map((span) => span.exact).join(" … "),
    "oa:hasSelector": selectors(appearance.spans),
  })),
});

/** The status as the article presents the claim, in ClaimReview's shape, said plainly not to be a verdict. */
const reviewNode = (claim: Claim): Node => ({
  "@type": "ClaimReview",
  "@id": `#review.${claim.id}`,
  itemReviewed: { "@id": `#${claim.id}` },
  claimReviewed: claim.text,
  author: DOSSIER,
  reviewRating: {
    "@type": "Rating",
    alternateName: STATUS_LABELS[claim.status].label,
    ratingExplanation: `How the article presents this claim: ${STATUS_LABELS[claim.status].meaning} This describes the telling, not a verdict on whether the claim is true.`,
  },
});

const quotationNode = (quote: Quotation): Node => ({
  "@type": "Quotation",
  "@id": `#${quote.id}`,
  text: quote.text,
  spokenByCharacter: ref(quote.speaker),
  isPartOf: { "@id": ARTICLE },
  about: refs(quote.claims),
  "oa:hasSelector": selectors(quote.appearances.map((appearance) => appearance.span)),
});

/**
 * The story as schema.org JSON-LD: the NewsArticle, its actors, its claims (each with a
 * ClaimReview-style rating that is the article's presentation, never a verdict) and quotations.
 * Places in the text use W3C Web Annotation selectors under the `oa:` prefix.
 */
export function storyJsonLd(story: Story, dataVersion: string): Node {
  const { metadata, parts, text } = story.source;
  const provenance = provenanceOf(story, dataVersion);
  const central = story.claims.filter((claim) => claim.role === "central").flatMap((claim) => claim.about);
  const article: Node = {
    "@type": "NewsArticle",
    "@id": ARTICLE,
    headline: parts.find((part) => part.kind === "headline")?.span.exact ?? null,
    inLanguage: metadata.language,
    publisher: metadata.publisher === null ? null : { "@type": "Organization", name: metadata.publisher },
    author: metadata.byline === null ? null : { "@type": "Person", name: metadata.byline },
    datePublished: metadata.published,
    url: metadata.url,
    articleBody: text,
    identifier: `sha256:${provenance.source.sha256}`,
    about: refs([...new Set(central)]),
    mentions: refs(story.entities.map((entity) => entity.id)),
  };
  const dataset: Node = {
    "@type": "Dataset",
    "@id": "#dossier",
    name: story.title,
    abstract: story.summary,
    version: dataVersion,
    creator: DOSSIER,
    isBasedOn: { "@id": ARTICLE },
  };
  return {
    "@context": ["https://schema.org", { oa: "http://www.w3.org/ns/oa#" }],
    "@graph": [
      dataset,
      article,
      ...story.entities.map(entityNode),
      ...story.claims.flatMap((claim) => [claimNode(claim), reviewNode(claim)]),
      ...story.quotations.map(quotationNode),
    ],
  };
}
