import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimsIndex, filterHref, filterTitle } from "@/components/ClaimsIndex";
import { api, entityNames, atomParams } from "@/lib/api";
import { pageMetadata } from "@/lib/meta";

export const dynamicParams = false;
type Props = { params: Promise<{ story: string; actorId: string }> };

export const generateStaticParams = () => atomParams("actorId", (storyId) => api.entities.list({ storyId }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story, actorId } = await params;
  const actor = (await entityNames(story)).get(decodeURIComponent(actorId)) ?? notFound();
  const filter = { actor: actor.id };
  return pageMetadata(
    filterHref(story, filter),
    filterTitle(filter, actor.name),
    `Claims made by, about or mentioning ${actor.name}.`,
  );
}

export default async function ClaimsByActorPage({ params }: Props) {
  const { story, actorId } = await params;
  const actor = (await entityNames(story)).get(decodeURIComponent(actorId)) ?? notFound();
  return <ClaimsIndex storyId={story} filter={{ actor: actor.id }} />;
}
