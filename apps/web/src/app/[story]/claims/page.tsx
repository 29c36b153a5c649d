import type { Metadata } from "next";
import { ClaimsIndex } from "@/components/ClaimsIndex";
import { pageMetadata } from "@/lib/meta";

type Props = { params: Promise<{ story: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story } = await params;
  return pageMetadata(
    `/${story}/claims`,
    "Every claim",
    "Every claim in the story, filterable by how the article presents it, its role and the actors involved.",
  );
}

export default async function ClaimsPage({ params }: Props) {
  const { story } = await params;
  return <ClaimsIndex storyId={story} filter={null} />;
}
