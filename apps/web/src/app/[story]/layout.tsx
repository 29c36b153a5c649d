import type { ReactNode } from "react";
import { StoryNav } from "@/components/StoryNav";
import { storyIds } from "@/lib/api";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await storyIds()).map((story) => ({ story }));
}

export default async function StoryLayout({ children, params }: { children: ReactNode; params: Promise<{ story: string }> }) {
  const { story } = await params;
  return (
    <>
      <StoryNav storyId={story} />
      {children}
    </>
  );
}
