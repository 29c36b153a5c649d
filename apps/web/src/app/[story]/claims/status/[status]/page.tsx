import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CLAIM_STATUSES, STATUS_LABELS, type ClaimStatusName } from "@dossier/domain/vocabulary";
import { ClaimsIndex, filterHref, filterTitle } from "@/components/ClaimsIndex";
import { storyIds } from "@/lib/api";
import { pageMetadata } from "@/lib/meta";

export const dynamicParams = false;
type Props = { params: Promise<{ story: string; status: string }> };

export async function generateStaticParams() {
  return (await storyIds()).flatMap((story) => CLAIM_STATUSES.map((status) => ({ story, status })));
}

const asStatus = (status: string): ClaimStatusName =>
  (CLAIM_STATUSES as readonly string[]).includes(status) ? (status as ClaimStatusName) : notFound();

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story, status } = await params;
  const filter = { status: asStatus(status) };
  return pageMetadata(filterHref(story, filter), filterTitle(filter), STATUS_LABELS[filter.status].meaning);
}

export default async function ClaimsByStatusPage({ params }: Props) {
  const { story, status } = await params;
  return <ClaimsIndex storyId={story} filter={{ status: asStatus(status) }} />;
}
