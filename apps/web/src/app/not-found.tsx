import Link from "next/link";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. The story, claim or actor may have a different id, or the link may be mistyped.</p>
      <p>
        <Link href="/">See every story</Link> or read <Link href="/methodology">how Dossier works</Link>.
      </p>
    </>
  );
}
