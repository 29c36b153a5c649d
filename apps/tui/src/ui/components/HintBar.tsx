import { Text } from "ink";
import { BINDINGS } from "../keys/bindings";
import type { Theme } from "../theme";

/** Help and quit always show, so the rest of the keys can be found; the others as many as fit. */
const ALWAYS = new Set(["help", "quit"]);

/** The commonest keys, from the binding table. */
export function HintBar({ width, theme }: { width: number; theme: Theme }) {
  const hint = (binding: (typeof BINDINGS)[number]) => `${binding.keys.split(" ")[0]} ${binding.hint}`;
  const hinted = BINDINGS.filter((binding) => binding.hint);
  const fixed = hinted.filter((binding) => ALWAYS.has(binding.command)).map(hint);
  let used = fixed.reduce((sum, text) => sum + text.length + 2, 0);
  const fitted: string[] = [];
  for (const binding of hinted.filter((b) => !ALWAYS.has(b.command))) {
    const text = hint(binding);
    if (used + text.length + 2 > width) break;
    fitted.push(text);
    used += text.length + 2;
  }
  return (
    <Text color={theme.text.muted} wrap="truncate-end">
      {[...fitted, ...fixed].join("  ")}
    </Text>
  );
}
