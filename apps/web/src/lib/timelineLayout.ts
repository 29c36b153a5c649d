// Lays out dated intervals on an axis with honest breaks: linear inside each stretch of time the
// story covers, with a marked gap where years pass that no event touches. Done at build time.

export interface DatedInterval {
  id: string;
  start: string; // ISO day
  end: string | null; // null: the text gives no end
}

export interface AxisSegment {
  from: number; // day number
  to: number;
  x0: number;
  x1: number;
}

export interface TimelineRow {
  id: string;
  x0: number;
  x1: number;
  /** Start and end are the same day: drawn as a marker, not a bar. */
  singleDay: boolean;
  openEnd: boolean;
}

export interface TimelineLayout {
  segments: AxisSegment[];
  rows: TimelineRow[];
  ticks: { x: number; label: string }[];
}

const DAY = 86_400_000;
const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const yearStart = (year: number): number => dayOf(`${year}-01-01`);

/** Intervals closer than this share one stretch of axis; farther apart, the axis breaks between them. */
const MAX_GAP_DAYS = 2 * 365;
const BREAK_WIDTH = 28;

export function layoutTimeline(intervals: readonly DatedInterval[], width: number): TimelineLayout {
  if (intervals.length === 0) return { segments: [], rows: [], ticks: [] };
  const latest = Math.max(...intervals.map((i) => dayOf(i.end ?? i.start)));
  const spans = intervals.map((i) => ({
    id: i.id,
    from: dayOf(i.start),
    to: i.end === null ? latest : dayOf(i.end),
    open: i.end === null,
  }));
  // Merge overlapping or near intervals into stretches of time.
  const stretches: { from: number; to: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    const last = stretches[stretches.length - 1];
    if (last && s.from - last.to <= MAX_GAP_DAYS) last.to = Math.max(last.to, s.to);
    else stretches.push({ from: s.from, to: s.to });
  }
  // Each stretch gets width by how many intervals it holds (detail goes where events are), never
  // less than a fifth of an even share; inside a stretch the scale is linear.
  const usable = width - BREAK_WIDTH * (stretches.length - 1);
  const counts = stretches.map((st) => spans.filter((s) => s.from >= st.from && s.from <= st.to).length);
  const total = counts.reduce((a, b) => a + b, 0);
  const floor = usable / stretches.length / 5;
  const raw = counts.map((c) => Math.max((c / total) * usable, floor));
  const scale = usable / raw.reduce((a, b) => a + b, 0);
  const segments: AxisSegment[] = [];
  let x = 0;
  stretches.forEach((s, i) => {
    const w = raw[i]! * scale;
    segments.push({ from: s.from, to: s.to + 1, x0: x, x1: x + w });
    x += w + BREAK_WIDTH;
  });
  const position = (day: number): number => {
    const seg = segments.find((s) => day >= s.from && day <= s.to) ?? segments[segments.length - 1]!;
    return seg.x0 + ((day - seg.from) / (seg.to - seg.from)) * (seg.x1 - seg.x0);
  };
  const rows = spans.map((s) => ({
    id: s.id,
    x0: position(s.from),
    x1: position(s.to + 1),
    singleDay: s.from === s.to && !s.open,
    openEnd: s.open,
  }));
  const ticks: { x: number; label: string }[] = [];
  for (const seg of segments) {
    const first = new Date(seg.from * DAY).getUTCFullYear();
    const last = new Date(seg.to * DAY).getUTCFullYear();
    const step = Math.max(1, Math.ceil((last - first + 1) / Math.max(1, Math.floor((seg.x1 - seg.x0) / 60))));
    for (let year = first; year <= last; year += step) {
      const day = yearStart(year);
      if (day >= seg.from && day <= seg.to) ticks.push({ x: position(day), label: String(year) });
    }
  }
  return { segments, rows, ticks };
}
