import type { Metadata } from "next";
import { SITE_NAME, SITE_URL } from "./site";

/** Title, description, canonical URL and OpenGraph for one page, from its path. */
export function pageMetadata(path: string, title: string, description: string): Metadata {
  const url = `${SITE_URL}${path}`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "article", siteName: SITE_NAME, title, description, url, locale: "en_GB" },
    twitter: { card: "summary", title, description },
  };
}

/** A description short enough for a search result: the first sentence, cut at a word near 160 characters. */
export function describe(text: string): string {
  const sentence = text.split(/(?<=[.!?])\s/)[0] ?? text;
  if (sentence.length <= 160) return sentence;
  const cut = sentence.slice(0, 157);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}
