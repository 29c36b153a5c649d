import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CLAIM_ROLES, type ClaimRoleName } from "@dossier/domain/vocabulary";
import { ClaimsIndex, filterHref, filterTitle } from "@/components/ClaimsIndex";
import { storyIds } from "@/lib/api";
import { pageMetadata } from "@/lib/meta";

export const dynamicParams = false;
type Props = { params: Promise<{ story: string; role: string }> };

export async function generateStaticParams() {
  return (await storyIds()).flatMap((story) => CLAIM_ROLES.map((role) => ({ story, role })));
}

const asRole = (role: string): ClaimRoleName =>
  (CLAIM_ROLES as readonly string[]).includes(role) ? (role as ClaimRoleName) : notFound();

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story, role } = await params;
  const filter = { role: asRole(role) };
  return pageMetadata(filterHref(story, filter), filterTitle(filter), "The story's claims that play this role.");
}

export default async function ClaimsByRolePage({ params }: Props) {
  const { story, role } = await params;
  return <ClaimsIndex storyId={story} filter={{ role: asRole(role) }} />;
}
