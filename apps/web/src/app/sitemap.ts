import type { MetadataRoute } from "next";
import { api, storyIds } from "@/lib/api";
import { atomHref, SITE_URL, STORY_SECTIONS } from "@/lib/site";

/** Every page a reader would land on: the sections, claims, quotations and actors of each story. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const paths = ["/", "/methodology"];
  for (const storyId of await storyIds()) {
    const [claims, quotations, entities] = await Promise.all([
      api.claims.list({ storyId }),
      api.quotations.list({ storyId }),
      api.entities.list({ storyId }),
    ]);
    paths.push(...STORY_SECTIONS.map((s) => `/${storyId}${s.path}`));
    paths.push(...[...claims, ...quotations, ...entities].map((atom) => atomHref(storyId, atom.id)));
  }
  return paths.map((path) => ({ url: `${SITE_URL}${path}` }));
}
