import { Box, Text } from "ink";
import { BINDINGS } from "../keys/bindings";
import type { Theme } from "../theme";

/** Every key from the binding table, with what it does; scrolled like any page. */
export function HelpScreen({ height, offset, theme }: { height: number; offset: number; theme: Theme }) {
  const rows = BINDINGS.slice(offset, offset + height - 1);
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <Text bold color={theme.text.heading}>
        Keys (esc to close)
      </Text>
      {rows.map((binding) => (
        <Text key={binding.command} wrap="truncate-end">
          <Text color={theme.text.accent}>{binding.keys.padEnd(12)}</Text>
          {binding.description}
        </Text>
      ))}
    </Box>
  );
}
