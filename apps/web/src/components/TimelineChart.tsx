// The dated events as an SVG: a bar for each interval, a marker for a single day, an arrow where
// the text gives no end, and a zigzag where the axis skips years. Figures come from layoutTimeline.
import type { TimelineLayout } from "@/lib/timelineLayout";

const LEFT = 12;
const WIDTH = 760;
const ROW = 46;
const AXIS = 34;

export interface ChartRow {
  id: string;
  label: string;
  words: string;
  href: string;
}

export function TimelineChart({ layout, rows, title }: { layout: TimelineLayout; rows: ChartRow[]; title: string }) {
  const height = AXIS + rows.length * ROW + 8;
  const byId = new Map(layout.rows.map((r) => [r.id, r]));
  return (
    <div className="chart-wrap">
      <svg className="timeline-svg" viewBox={`0 0 ${WIDTH + LEFT * 2} ${height}`} role="group" aria-labelledby="timeline-title">
        <title id="timeline-title">{title}</title>
        <g transform={`translate(${LEFT}, 0)`}>
          {layout.segments.map((s, i) => (
            <g key={s.from}>
              <line x1={s.x0} x2={s.x1} y1={AXIS - 8} y2={AXIS - 8} className="axis" />
              {i > 0 && (
                <path className="axis-break" d={`M${s.x0 - 24} ${AXIS - 8} l4 -5 l4 10 l4 -10 l4 10 l4 -5`} aria-hidden="true" />
              )}
            </g>
          ))}
          {layout.ticks.map((t) => (
            <g key={t.label}>
              <line x1={t.x} x2={t.x} y1={AXIS - 12} y2={height} className="tick" />
              <text x={t.x + 3} y={AXIS - 16} fontSize="12">
                {t.label}
              </text>
            </g>
          ))}
          {rows.map((row, i) => {
            const r = byId.get(row.id);
            if (!r) return null;
            const y = AXIS + i * ROW;
            return (
              <a key={row.id} href={row.href}>
                <text x={0} y={y + 16} fontSize="13">
                  {row.label.length > 66 ? `${row.label.slice(0, 64)}…` : row.label}{" "}
                  <tspan className="svg-muted">“{row.words}”</tspan>
                </text>
                {r.singleDay ? (
                  <path className="marker" d={`M${r.x0} ${y + 22} l6 8 l-6 8 l-6 -8 z`} />
                ) : (
                  <rect className="bar" x={r.x0} y={y + 24} width={Math.max(2, r.x1 - r.x0)} height={10} rx={3} />
                )}
                {r.openEnd && <path className="marker" d={`M${r.x1} ${y + 22} l8 7 l-8 7 z`} />}
              </a>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
