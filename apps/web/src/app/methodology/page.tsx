import Link from "next/link";
import type { Metadata } from "next";
import { CLAIM_STATUSES, ROLE_LABELS, STATUS_LABELS, CLAIM_ROLES } from "@dossier/domain/vocabulary";
import { pageMetadata } from "@/lib/meta";

export const metadata: Metadata = pageMetadata(
  "/methodology",
  "Methodology",
  "What each status means, how every statement is traced to its source, and what an outside fact is.",
);

export default function MethodologyPage() {
  return (
    <article>
      <h1>How Dossier reads a story</h1>
      <p className="lede">
        We take one news article and write down, in our own neutral words, every statement it makes: who makes it, how the article
        presents it, and exactly where in the text it stands.
      </p>

      <h2 id="statuses">What a status means</h2>
      <p>
        A status describes how the article presents a claim — as an allegation, an official act, an unconfirmed report. It is
        never our verdict on whether the claim is true.
      </p>
      <dl className="facts">
        {CLAIM_STATUSES.map((status) => (
          <div key={status} className="contents">
            <dt>{STATUS_LABELS[status].label}</dt>
            <dd>{STATUS_LABELS[status].meaning}</dd>
          </div>
        ))}
      </dl>

      <h2 id="roles">What a role means</h2>
      <p>
        Each claim also has a role in the story: {CLAIM_ROLES.map((r) => ROLE_LABELS[r].toLowerCase()).join(", ")}. Central claims
        carry the news; supporting ones give its detail; context sets the scene; reactions and analysis respond to it.
      </p>

      <h2 id="provenance">How provenance works</h2>
      <p>
        Every claim, quotation, name and time points at the exact characters of the source it comes from. The source itself is
        kept byte for byte as we received it, typos included, and a check proves that each quoted span still reads the same at its
        place. On every claim page, “See it in the source” opens the article at that very spot.
      </p>
      <p>
        Attribution is <strong>stated</strong> when the article names who says something, <strong>inferred</strong> when we read
        the speaker from the surrounding sentences (and then we say why), and the <strong>article's own voice</strong> when nobody
        is named.
      </p>

      <h2 id="external-facts">What an outside fact is</h2>
      <p>
        Some things the article takes for granted, such as which Thursday “Thursday” was. Where we need such a fact to place a
        date, we record it separately, with where it comes from and how sure we are, and every date built on it names it.
      </p>

      <h2 id="framing">Notes on framing</h2>
      <p>
        Where a headline says more than the body, a caption differs, or the article judges in its own voice, we add a note. Notes
        never change the text; they sit beside it.
      </p>
      <p>
        <Link href="/">Back to the stories</Link>
      </p>
    </article>
  );
}
