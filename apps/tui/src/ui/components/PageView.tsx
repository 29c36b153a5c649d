import { useRef } from "react";
import { Box, Text } from "ink";
import { sanitize } from "../../text/sanitize";
import type { Theme } from "../theme";
import type { Line, Page, Piece, Tone } from "../pages/page";

/** A piece's colour from its semantic tone. */
export function colourOf(theme: Theme, tone: Tone | undefined): string | undefined {
  if (!tone) return theme.text.primary;
  if (tone.startsWith("status:")) return theme.status[tone.slice(7) as keyof Theme["status"]];
  if (tone === "annotated") return theme.span.annotated;
  if (tone === "selectedSpan") return theme.span.selected;
  return theme.text[tone as keyof Theme["text"]];
}

/** The last edge before the screen: a piece is one line of sanitised text, whatever the data held. */
export const screenText = (value: string): string => sanitize(value).replace(/[\n\t]/g, " ");

function PieceText({ piece, theme, selected = false }: { piece: Piece; theme: Theme; selected?: boolean }) {
  const colour = colourOf(theme, piece.tone);
  // Without colour, annotated words are underlined and the selected span inverted, so nothing is lost.
  const underline = !theme.colour && piece.tone === "annotated";
  const inverse = selected || piece.tone === "selectedSpan";
  return (
    <Text color={colour} bold={piece.bold} underline={underline} inverse={inverse}>
      {screenText(piece.text)}
    </Text>
  );
}

/** Without colour even inverse may not show (FORCE_COLOR=0), so a run of selected words is also bracketed. */
export function bracketSelection(line: Line, theme: Theme): Line {
  if (theme.colour) return line;
  const out: Line = [];
  line.forEach((piece, i) => {
    const selected = piece.tone === "selectedSpan";
    if (selected && line[i - 1]?.tone !== "selectedSpan") out.push({ text: "«" });
    out.push(piece);
    if (selected && line[i + 1]?.tone !== "selectedSpan") out.push({ text: "»" });
  });
  return out;
}

export interface Window {
  offset: number;
  selected: { from: number; to: number } | null;
}

/** Which lines to show: the selected item kept in view with the least scrolling, else the cursor as the scroll offset. */
export function windowOf(page: Page, cursor: number, height: number, previousOffset: number): Window {
  const maxOffset = Math.max(0, page.lines.length - height);
  const item = page.items?.[cursor];
  if (!page.items) return { offset: Math.min(cursor, maxOffset), selected: null };
  if (!item) return { offset: 0, selected: null };
  let offset = Math.min(previousOffset, maxOffset);
  if (item.line < offset) offset = item.line;
  if (item.line + item.height > offset + height) offset = Math.max(0, item.line + Math.min(item.height, height) - height);
  return { offset: Math.min(offset, maxOffset), selected: { from: item.line, to: item.line + item.height } };
}

export interface PageViewProps {
  page: Page;
  cursor: number;
  height: number;
  theme: Theme;
  /** Selection shown on the words themselves (the source) rather than by a marker and inverse line. */
  inline?: boolean;
  viewKey: string;
}

export function PageView({ page, cursor, height, theme, inline = false, viewKey }: PageViewProps) {
  const offsets = useRef(new Map<string, number>());
  const { offset, selected } = windowOf(page, cursor, height, offsets.current.get(viewKey) ?? 0);
  offsets.current.set(viewKey, offset);
  if (page.items && page.items.length === 0) {
    return (
      <Box height={height}>
        <Text color={theme.text.muted}>{screenText(page.empty ?? "Nothing here.")}</Text>
      </Box>
    );
  }
  const marked = page.items !== undefined && !inline;
  const visible: Line[] = page.lines.slice(offset, offset + height);
  // Every line is cut to one row (truncate-end), so only the rows need clipping: clipping across
  // as well would make Ink slice every line again for each frame.
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {visible.map((line, index) => {
        const at = offset + index;
        const isSelected = marked && selected !== null && at >= selected.from && at < selected.to;
        const only = line.length === 1 ? line[0] : undefined;
        if (!marked && only && only.tone !== "selectedSpan") {
          // Most lines of prose are one piece: one Text node is a good deal cheaper for Ink to lay out.
          return (
            <Text
              key={at}
              wrap="truncate-end"
              color={colourOf(theme, only.tone)}
              bold={only.bold}
              underline={!theme.colour && only.tone === "annotated"}
            >
              {screenText(only.text)}
            </Text>
          );
        }
        return (
          // Inverse goes on each piece: on the outer Text, Ink drops a truncated line altogether.
          <Text key={at} wrap="truncate-end">
            {marked ? <Text color={theme.text.accent}>{isSelected && at === selected?.from ? "› " : "  "}</Text> : null}
            {line.length === 0
              ? " "
              : bracketSelection(line, theme).map((piece, i) => (
                  <PieceText key={i} piece={piece} theme={theme} selected={isSelected} />
                ))}
          </Text>
        );
      })}
    </Box>
  );
}
