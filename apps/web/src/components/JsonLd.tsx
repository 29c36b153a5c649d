// Structured data for search engines. type="application/ld+json" is data, not script: CSP does not run it.

/** Escapes "<" so the JSON can never close its script element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
