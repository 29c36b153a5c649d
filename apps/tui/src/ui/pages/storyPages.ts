import type { RouterOutputs } from "@dossier/api";

import { intervalText } from "../../text/listText";
import { listPage, text, type Line, type Page } from "./page";
import { edgeLabel } from "../../text/labels";

type Out = RouterOutputs;

const yearOf = (date: string | null): number | null =>
  date ? Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) - 1) / 12 : null;

/** A bar placing an interval on the span of years the timeline covers; open ends run to the edge. */
export function intervalBar(
  interval: { start: string | null; end: string | null } | null,
  from: number,
  to: number,
  width: number,
): string {
  if (!interval || width < 3) return "·".repeat(Math.max(0, width));
  const scale = (year: number) => Math.round(((year - from) / Math.max(1 / 12, to - from)) * (width - 1));
  const start = yearOf(interval.start) === null ? 0 : scale(yearOf(interval.start) as number);
  const end = yearOf(interval.end) === null ? width - 1 : scale(yearOf(interval.end) as number);
  return Array.from({ length: width }, (_, i) => (i >= start && i <= Math.max(start, end) ? "█" : "─")).join("");
}

/** Events by time, each with a bar on a common scale, its time as written and its mode. */
export function timelinePage(entries: Out["story"]["timeline"], width: number): Page {
  const years = entries
    .flatMap((entry) => [yearOf(entry.interval?.start ?? null), yearOf(entry.interval?.end ?? null)])
    .filter((y): y is number => y !== null);
  const from = Math.min(...years);
  const to = Math.max(...years) + 1 / 12;
  const barWidth = width >= 100 ? 24 : width >= 60 ? 12 : 6;
  const page = listPage(
    "Timeline",
    entries,
    (entry) => ({
      lines: [
        [
          text(`${intervalBar(entry.interval, from, to, barWidth)} `, entry.interval ? "accent" : "muted"),
          text(entry.event.label),
          text(`  ${entry.time ? `“${entry.time.span.exact}” ` : ""}${intervalText(entry.interval)} · ${entry.mode}`, "muted"),
        ],
      ],
      target: entry.event.claims[0] ? { kind: "claim", id: entry.event.claims[0] } : null,
      span: entry.event.spans[0] ?? null,
      cite: entry.event.label,
    }),
    "The story tells of no event.",
  );
  const axis: Line = [text(`${Math.floor(from)}${" ".repeat(Math.max(1, barWidth - 8))}${Math.floor(to)}`, "muted")];
  return years.length
    ? { ...page, lines: [axis, ...page.lines], items: page.items?.map((item) => ({ ...item, line: item.line + 1 })) }
    : page;
}

/** Who deals with whom, as a tree: each entity, then what it did to whom. */
export function networkPage(network: Out["story"]["network"]): Page {
  const names = new Map(network.nodes.map((node) => [node.id, node.name]));
  const rows = network.nodes.flatMap((node) => {
    const edges = network.edges.filter((edge) => edge.from === node.id);
    return edges.map((edge, index) => ({ node, edge, first: index === 0, last: index === edges.length - 1 }));
  });
  return listPage(
    "Network",
    rows,
    ({ node, edge, first, last }) => ({
      lines: [
        ...(first ? [[text(node.name, "heading", true)]] : []),
        [
          text(last ? "└─ " : "├─ ", "muted"),
          text(edgeLabel(edge.kind)),
          text(" "),
          text(names.get(edge.to) ?? edge.to, undefined, true),
          text(`  ${edge.atoms.length}`, "muted"),
        ],
      ],
      lead: first ? 1 : 0,
      target: { kind: "actor", id: edge.to },
      cite: `${node.name} ${edgeLabel(edge.kind)} ${names.get(edge.to) ?? edge.to}`,
    }),
    "The story links nobody.",
  );
}
