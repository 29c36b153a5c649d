import { useContext, useEffect, useState } from "react";
import { Box, Text } from "ink";
import { currentView, cursorOf, initialNavigation, screenOf, viewKey, type Navigation } from "./navigation";
import { useCurrentPage } from "./useCurrentPage";
import { focusSource, useReaderKeys, type ReaderSettings } from "./useReaderKeys";
import { useTerminalSize } from "./useTerminalSize";
import { AnswersContext } from "./useQuery";
import type { Theme } from "./theme";
import { Header, TitleLine } from "./components/Header";
import { HintBar } from "./components/HintBar";
import { HelpScreen } from "./components/HelpScreen";
import { PageView, screenText } from "./components/PageView";

export interface AppProps extends ReaderSettings {
  storyId: string;
  theme: Theme;
  initial?: Navigation;
}

/** Text keeps to a readable measure on wide terminals; lists and the source use the whole width. */
const MEASURE = 110;
const WIDE = 150;

export function App({ storyId, theme, initial = initialNavigation, ...settings }: AppProps) {
  const { columns, rows } = useTerminalSize();
  const [nav, setNav] = useState(initial);
  const width = Math.max(20, columns - 2);
  // From 150 columns a list has its selected item opened beside it.
  const split = width >= WIDE;
  const listWidth = split ? Math.floor(width * 0.45) : width;
  const asideWidth = split ? width - listWidth - 3 : 0;
  const state = useCurrentPage(nav, storyId, Math.min(split ? listWidth : width, MEASURE), Math.min(asideWidth, MEASURE));
  const footer = (nav.typing || nav.query ? 1 : 0) + (nav.message ? 1 : 0) + 1;
  const bodyHeight = Math.max(1, rows - 2 - footer);
  useReaderKeys(nav, setNav, state, bodyHeight, settings);
  const answers = useContext(AnswersContext);
  const drawn = state.page !== undefined;
  useEffect(() => {
    // Once the first page is on screen, load what the next screens need.
    if (!drawn) return;
    const timer = setTimeout(() => answers?.dossier.warm(), 0);
    return () => clearTimeout(timer);
  }, [drawn, answers]);
  useEffect(() => {
    const focused = focusSource(nav, state.sourceStops);
    if (focused) setNav(focused);
  }, [nav, state.sourceStops]);

  const view = currentView(nav);
  const cursor = cursorOf(nav);
  const { page } = state;
  // Lists say which item is selected; longer pages how far down they are scrolled.
  const scrollable = page && !page.items && page.lines.length > bodyHeight;
  const position = page?.items
    ? `${Math.min(cursor + 1, page.items.length)}/${page.items.length}`
    : scrollable
      ? `${Math.round((100 * Math.min(cursor, page.lines.length - bodyHeight)) / (page.lines.length - bodyHeight))}%`
      : "";
  const title = page?.title ?? "";
  return (
    <Box flexDirection="column" width={columns} height={rows} paddingX={1}>
      <Header screen={screenOf(nav)} title={state.storyTitle ?? ""} width={width} theme={theme} />
      <TitleLine
        title={view.kind === "screen" && view.screen === "overview" ? (state.storyTitle ?? "") : title}
        position={position}
        width={width}
        theme={theme}
      />
      {nav.help ? (
        <HelpScreen height={bodyHeight} offset={nav.cursors.help ?? 0} theme={theme} />
      ) : state.error ? (
        <Box height={bodyHeight}>
          <Text color={theme.text.error}>{screenText(state.error)}</Text>
        </Box>
      ) : page && state.aside ? (
        <Box flexDirection="row" height={bodyHeight}>
          <Box width={listWidth} flexShrink={0}>
            <PageView page={page} cursor={cursor} height={bodyHeight} theme={theme} viewKey={viewKey(view)} />
          </Box>
          <Box width={3} flexShrink={0} flexDirection="column">
            {Array.from({ length: bodyHeight }, (_, i) => (
              <Text key={i} color={theme.text.muted}>
                {" │ "}
              </Text>
            ))}
          </Box>
          <Box width={asideWidth} flexShrink={0}>
            <PageView page={state.aside} cursor={0} height={bodyHeight} theme={theme} viewKey={`aside:${viewKey(view)}`} />
          </Box>
        </Box>
      ) : page ? (
        <PageView
          page={page}
          cursor={cursor}
          height={bodyHeight}
          theme={theme}
          inline={view.kind === "screen" && view.screen === "source"}
          viewKey={viewKey(view)}
        />
      ) : (
        <Box height={bodyHeight}>
          <Text color={theme.text.muted}>Loading…</Text>
        </Box>
      )}
      {nav.typing || nav.query ? (
        <Text wrap="truncate-end">
          <Text color={theme.text.accent}>/</Text>
          {screenText(nav.query)}
          {nav.typing ? <Text inverse> </Text> : <Text color={theme.text.muted}> (n/N matches, / to edit)</Text>}
        </Text>
      ) : null}
      {nav.message ? (
        <Text color={theme.text.accent} wrap="truncate-end">
          {screenText(nav.message)}
        </Text>
      ) : null}
      <HintBar width={width} theme={theme} />
    </Box>
  );
}
