// Actors as labelled dots and their relations as coloured arrows; positions come from the build.
import type { EdgeKind } from "@dossier/domain/vocabulary";
import type { PlacedNode } from "@/lib/networkLayout";

/** Relations drawn alike share a family, so the legend stays short and the colours distinguishable. */
export const EDGE_FAMILY: Record<EdgeKind, "charge" | "deal" | "sanction" | "speech" | "tie"> = {
  accused: "charge",
  denied: "charge",
  offered: "deal",
  supplied: "deal",
  brokered: "deal",
  facilitated: "deal",
  sanctioned: "sanction",
  acted: "sanction",
  said: "speech",
  "role-in": "tie",
  "part-of": "tie",
  "national-of": "tie",
};

export const FAMILY_LABELS = {
  charge: "Accusations and denials",
  deal: "Offers, supplies and deals",
  sanction: "Sanctions and other acts",
  speech: "Said something about",
  tie: "Roles, membership, nationality",
} as const;

const PAD = 40;
/** Labels run right of their dot: the room they need past the rightmost dot, at about 7.6 units a character of 13-unit text. */
const labelRoom = (nodes: readonly { x: number; name: string }[], width: number): number =>
  Math.max(0, ...nodes.map((n) => n.x - width + 9 + n.name.length * 7.6)) + 12;

export function NetworkDiagram(props: {
  width: number;
  height: number;
  nodes: (PlacedNode & { name: string; href: string })[];
  edges: { from: string; to: string; kind: EdgeKind }[];
}) {
  const { width, height, nodes, edges } = props;
  const at = new Map(nodes.map((n) => [n.id, n]));
  const seen = new Map<string, number>();
  return (
    <div className="chart-wrap">
      <svg
        className="network-svg"
        viewBox={`${-PAD} ${-30} ${width + PAD + labelRoom(nodes, width)} ${height + 60}`}
        role="group"
        aria-labelledby="network-title"
      >
        <title id="network-title">Diagram of the actors and their relations; the table below gives the same in words.</title>
        <defs>
          {Object.keys(FAMILY_LABELS).map((family) => (
            <marker
              key={family}
              id={`arrow-${family}`}
              viewBox="0 0 10 10"
              refX="16"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0 0 L10 5 L0 10 z" className={`edge-head ${family}`} />
            </marker>
          ))}
        </defs>
        {edges.map((e) => {
          const a = at.get(e.from);
          const b = at.get(e.to);
          if (!a || !b) return null;
          // Several relations between one pair bend apart instead of drawing over each other.
          const pair = [e.from, e.to].sort().join("|");
          const nth = seen.get(pair) ?? 0;
          seen.set(pair, nth + 1);
          const bend = nth === 0 ? 0 : (nth % 2 ? 1 : -1) * Math.ceil(nth / 2) * 18;
          const mx = (a.x + b.x) / 2 - ((b.y - a.y) / (Math.hypot(b.x - a.x, b.y - a.y) || 1)) * bend;
          const my = (a.y + b.y) / 2 + ((b.x - a.x) / (Math.hypot(b.x - a.x, b.y - a.y) || 1)) * bend;
          const family = EDGE_FAMILY[e.kind];
          return (
            <path
              key={`${e.from}-${e.kind}-${e.to}`}
              d={`M${a.x.toFixed(1)} ${a.y.toFixed(1)} Q${mx.toFixed(1)} ${my.toFixed(1)} ${b.x.toFixed(1)} ${b.y.toFixed(1)}`}
              className={`edge ${family}`}
              markerEnd={`url(#arrow-${family})`}
            />
          );
        })}
        {nodes.map((n) => (
          <a key={n.id} href={n.href}>
            <circle cx={n.x} cy={n.y} r={6} className="node" />
            <text x={n.x + 9} y={n.y + 4} fontSize="13">
              {n.name}
            </text>
          </a>
        ))}
      </svg>
    </div>
  );
}
