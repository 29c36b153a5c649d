// A force-directed layout computed at build time (Fruchterman–Reingold, fixed start and steps),
// so the same story always draws the same picture and the browser does no work.

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
}

export function layoutNetwork(
  nodeIds: readonly string[],
  links: readonly { from: string; to: string }[],
  width: number,
  height: number,
  steps = 400,
  // A pull to the centre that grows with the node count keeps unlinked groups from drifting off.
  gravity = 0.1,
): PlacedNode[] {
  const n = nodeIds.length;
  if (n === 0) return [];
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  // Start on a circle, in the given order: deterministic, and no two nodes share a place.
  const pos = nodeIds.map((_, i) => ({ x: Math.cos((2 * Math.PI * i) / n), y: Math.sin((2 * Math.PI * i) / n) }));
  // The ideal edge length: roomy enough that labels of neighbours rarely touch.
  const k = 2 * Math.sqrt(4 / n);
  const pairs = links
    .map((l) => [index.get(l.from), index.get(l.to)] as const)
    .filter((p): p is readonly [number, number] => p[0] !== undefined && p[1] !== undefined && p[0] !== p[1]);
  for (let step = 0; step < steps; step++) {
    const temperature = 0.1 * (1 - step / steps) + 0.002;
    const force = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i]!.x - pos[j]!.x;
        const dy = pos[i]!.y - pos[j]!.y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const push = (k * k) / d;
        force[i]!.x += (dx / d) * push;
        force[i]!.y += (dy / d) * push;
        force[j]!.x -= (dx / d) * push;
        force[j]!.y -= (dy / d) * push;
      }
    }
    for (const [a, b] of pairs) {
      const dx = pos[a]!.x - pos[b]!.x;
      const dy = pos[a]!.y - pos[b]!.y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const pull = (d * d) / k;
      force[a]!.x -= (dx / d) * pull;
      force[a]!.y -= (dy / d) * pull;
      force[b]!.x += (dx / d) * pull;
      force[b]!.y += (dy / d) * pull;
    }
    for (let i = 0; i < n; i++) {
      const f = { x: force[i]!.x - pos[i]!.x * gravity * n, y: force[i]!.y - pos[i]!.y * gravity * n };
      const len = Math.max(Math.hypot(f.x, f.y), 1e-9);
      const move = Math.min(len, temperature);
      pos[i]!.x += (f.x / len) * move;
      pos[i]!.y += (f.y / len) * move;
    }
  }
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fit = (v: number, min: number, max: number, size: number) =>
    max - min < 1e-9 ? size / 2 : ((v - min) / (max - min)) * size;
  return nodeIds.map((id, i) => ({ id, x: fit(pos[i]!.x, minX, maxX, width), y: fit(pos[i]!.y, minY, maxY, height) }));
}
