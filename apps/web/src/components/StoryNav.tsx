"use client";
// A client component only to mark the current section; the links work without JavaScript.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { STORY_SECTIONS } from "@/lib/site";

export function StoryNav({ storyId }: { storyId: string }) {
  const pathname = usePathname();
  const current = (path: string) => {
    const href = `/${storyId}${path}`;
    return path === "" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  };
  return (
    <nav className="story-nav" aria-label="Story sections">
      <ul>
        {STORY_SECTIONS.map(({ path, label }) => (
          <li key={path}>
            <Link href={`/${storyId}${path}`} aria-current={current(path) ? "page" : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
