import type { Story } from "../../schema/story";
import type { Entity, EntityKind } from "../../schema/entity";
import type { Claim } from "../../schema/claim";
import type { Quotation } from "../../schema/quotation";

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
const ref = (id: string | null) => (id === null ? null : { "@id": `#${id}` });
const refs = (ids: readonly string[]) => ids.map(ref);

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

// schema.org has no property for how an article presents a claim; PropertyValue says it plainly.
const property = (name: string, value: string) => ({ "@type": "PropertyValue", name, value });

const claimNode = (claim: Claim): Node => ({
  "@type": "Claim",
  "@id": `#${claim.id}`,
  text: claim.text,
  author: ref(claim.claimant),
  about: refs(claim.about),
  mentions: refs(claim.mentions),
  appearance: { "@id": ARTICLE },
  additionalProperty: [property("status", claim.status), property("role", claim.role), property("modality", claim.modality)],
});

const quotationNode = (quote: Quotation): Node => ({
  "@type": "Quotation",
  "@id": `#${quote.id}`,
  text: quote.text,
  spokenByCharacter: ref(quote.speaker),
  isPartOf: { "@id": ARTICLE },
  about: refs(quote.claims),
});

/** The story as schema.org JSON-LD: a NewsArticle and its claims, quotations and actors. */
export function storyJsonLd(story: Story): Node {
  const { metadata, parts, text } = story.source;
  const central = story.claims.filter((claim) => claim.role === "central").flatMap((claim) => claim.about);
  const article: Node = {
    "@type": "NewsArticle",
    "@id": ARTICLE,
    headline: parts.find((part) => part.kind === "headline")?.span.exact ?? null,
    name: story.title,
    abstract: story.summary,
    inLanguage: metadata.language,
    publisher: metadata.publisher === null ? null : { "@type": "Organization", name: metadata.publisher },
    author: metadata.byline === null ? null : { "@type": "Person", name: metadata.byline },
    datePublished: metadata.published,
    url: metadata.url,
    articleBody: text,
    about: refs([...new Set(central)]),
    mentions: refs(story.entities.map((entity) => entity.id)),
  };
  return {
    "@context": "https://schema.org",
    "@graph": [
      article,
      ...story.entities.map(entityNode),
      ...story.claims.map(claimNode),
      ...story.quotations.map(quotationNode),
    ],
  };
}
