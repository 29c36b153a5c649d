import { useRef, useState } from "react";
import { Box, Text, useApp, useInput } from "ink";
import type { RouterOutputs } from "@dossier/api";
import { commandFor } from "../keys/bindings";
import { listPage, text } from "../pages/page";
import { useTerminalSize } from "../useTerminalSize";
import type { Theme } from "../theme";
import { PageView } from "./PageView";

type Story = RouterOutputs["stories"]["list"][number];

/** When the API serves more than one story: choose one with the reader's own keys. */
export function StoryPicker({
  stories,
  theme,
  onChoose,
}: {
  stories: readonly Story[];
  theme: Theme;
  onChoose: (id: string) => void;
}) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [cursor, setCursor] = useState(0);
  // The handler may run before Ink re-subscribes it after a frame; the ref always holds the cursor on screen.
  const current = useRef(0);
  current.current = cursor;
  const page = listPage(
    "Stories",
    stories,
    (story) => ({
      lines: [
        [text(story.title, undefined, true)],
        [text(`  ${[story.publisher, story.published].filter(Boolean).join(" · ") || story.id}`, "muted")],
      ],
    }),
    "No story.",
  );
  useInput((input, key) => {
    const command = commandFor(input, key);
    if (command === "down") setCursor((c) => Math.min(stories.length - 1, c + 1));
    else if (command === "up") setCursor((c) => Math.max(0, c - 1));
    else if (command === "open" && stories[current.current]) {
      onChoose(stories[current.current]!.id);
      exit();
    } else if (command === "quit") exit();
  });
  return (
    <Box flexDirection="column" width={columns} height={rows} paddingX={1}>
      <Text color={theme.text.heading} bold>
        Choose a story ({stories.length})
      </Text>
      <PageView page={page} cursor={cursor} height={Math.max(1, rows - 2)} theme={theme} viewKey="stories" />
    </Box>
  );
}
