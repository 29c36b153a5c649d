import { Text } from "ink";
import { BINDINGS } from "../keys/bindings";
import type { Theme } from "../theme";

/** The commonest keys, from the binding table, as many as fit. */
export function HintBar({ width, theme }: { width: number; theme: Theme }) {
  const hints = BINDINGS.filter((binding) => binding.hint).map((binding) => `${binding.keys.split(" ")[0]} ${binding.hint}`);
  const fitted: string[] = [];
  let used = 0;
  for (const hint of hints) {
    if (used + hint.length + 2 > width) break;
    fitted.push(hint);
    used += hint.length + 2;
  }
  return (
    <Text color={theme.text.muted} wrap="truncate-end">
      {fitted.join("  ")}
    </Text>
  );
}
