import Link from "next/link";
import type { Metadata } from "next";
import { TimelineChart } from "@/components/TimelineChart";
import { api, storyModel } from "@/lib/api";
import { pageMetadata } from "@/lib/meta";
import { atomHref, sourceHref } from "@/lib/site";
import { layoutTimeline } from "@/lib/timelineLayout";
import { EVENT_MODE_WORDS, intervalWords } from "@/lib/words";

type Props = { params: Promise<{ story: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story } = await params;
  return pageMetadata(
    `/${story}/timeline`,
    "Timeline",
    "When things happened, as precisely as the article's words allow, with the outside facts each date rests on.",
  );
}

export default async function TimelinePage({ params }: Props) {
  const { story: storyId } = await params;
  const [entries, model] = await Promise.all([api.story.timeline({ storyId }), storyModel(storyId)]);
  const facts = new Map(model.externalFacts.map((f) => [f.id, f]));
  // Placed on the axis only with a known start; "until March" alone stays in the list below.
  const hasStart = (e: (typeof entries)[number]) => e.interval !== null && e.interval.start !== null;
  const dated = entries.filter(hasStart);
  const undated = entries.filter((e) => !hasStart(e));
  const looseTimes = model.times.filter((t) => !entries.some((e) => e.time?.id === t.id));
  // A time shared by several events is the fragment target of the first only.
  const timeIds = new Set<string>();
  const timeAnchor = (id: string | undefined) => (id && !timeIds.has(id) ? (timeIds.add(id), id) : undefined);
  const layout = layoutTimeline(
    dated.map((e) => ({ id: e.event.id, start: e.interval!.start!, end: e.interval!.end })),
    760,
  );
  return (
    <div className="wide">
      <h1>Timeline</h1>
      <p>
        Each event sits where the article's own time words put it. A bar spans a vague period (“over the summer”), a diamond marks
        a single day, an arrow means the text gives no end, and a zigzag on the axis means years are skipped. Dates the text does
        not give come from the outside facts named below each one.
      </p>
      <TimelineChart
        title="Dated events of the story on a time axis"
        layout={layout}
        rows={dated.map((e) => ({
          id: e.event.id,
          label: e.event.label,
          words: e.time?.span.exact ?? "",
          href: atomHref(storyId, e.event.id),
        }))}
      />
      <h2 id="dated">Dated events</h2>
      <ol className="atom-list">
        {dated.map((e) => (
          <li key={e.event.id} id={e.event.id}>
            <strong>{e.event.label}</strong> <span className="meta">({EVENT_MODE_WORDS[e.mode] ?? e.mode})</span>
            <dl className="facts">
              <dt>In the text</dt>
              <dd id={timeAnchor(e.time?.id)}>
                {e.time && <Link href={sourceHref(storyId, e.time.id)}>“{e.time.span.exact}”</Link>}
              </dd>
              <dt>Read as</dt>
              <dd>
                {intervalWords(e.interval!)} <span className="meta">(precision: {e.precision})</span>
              </dd>
              {e.time?.derivation && (
                <>
                  <dt>How</dt>
                  <dd>{e.time.derivation.method}</dd>
                  {e.time.derivation.from.length > 0 && (
                    <>
                      <dt>Rests on</dt>
                      <dd>
                        <ul className="plain">
                          {e.time.derivation.from.map((id) => (
                            <li key={id}>
                              <Link href={atomHref(storyId, id)}>{facts.get(id)?.statement ?? id}</Link>
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </>
                  )}
                </>
              )}
              <dt>Told in</dt>
              <dd>
                <ul className="plain">
                  {e.event.claims.map((id) => (
                    <li key={id}>
                      <Link href={atomHref(storyId, id)}>{model.claims.find((c) => c.id === id)?.text ?? id}</Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </dl>
          </li>
        ))}
      </ol>
      {looseTimes.length > 0 && (
        <>
          <h2 id="other-times">Other time words</h2>
          <p>Times the article gives that no event hangs on.</p>
          <ul className="atom-list">
            {looseTimes.map((t) => (
              <li key={t.id} id={t.id}>
                <Link href={sourceHref(storyId, t.id)}>“{t.span.exact}”</Link>
                {t.interval ? <span className="meta"> — read as {intervalWords(t.interval)}</span> : null}
                {t.derivation ? <span className="meta"> ({t.derivation.method})</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 id="undated">Undated events</h2>
      <p>The article gives these no time we can place on the axis.</p>
      <ul className="atom-list">
        {undated.map((e) => (
          <li key={e.event.id} id={e.event.id}>
            {e.event.label} <span className="meta">({EVENT_MODE_WORDS[e.mode] ?? e.mode})</span>
            {e.time && (
              <span id={timeAnchor(e.time.id)}>
                {" "}
                — the text says only <Link href={sourceHref(storyId, e.time.id)}>“{e.time.span.exact}”</Link>
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
