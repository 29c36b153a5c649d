import { Box, Text } from "ink";
import { SCREENS, SCREEN_TITLES, type ScreenName } from "../navigation";
import type { Theme } from "../theme";
import { screenText } from "./PageView";

export interface HeaderProps {
  screen: ScreenName;
  title: string;
  position: string;
  width: number;
  theme: Theme;
}

/** The screens by number, all of them when there is room, else just where the reader is. */
export function Header({ screen, title, position, width, theme }: HeaderProps) {
  const index = SCREENS.indexOf(screen);
  const narrow = width < 78;
  return (
    <Box width={width} justifyContent="space-between">
      <Text wrap="truncate-end">
        {narrow ? (
          <Text color={theme.tab.active} bold>
            {`${index + 1}/8 ${SCREEN_TITLES[screen]}`}
          </Text>
        ) : (
          SCREENS.map((name, i) => (
            <Text key={name} color={name === screen ? theme.tab.active : theme.text.muted} bold={name === screen} underline={name === screen}>
              {`${i + 1} ${SCREEN_TITLES[name]}`}
              <Text underline={false}> </Text>
            </Text>
          ))
        )}
        <Text color={theme.text.muted}>{narrow ? ` ${screenText(title)}` : ""}</Text>
      </Text>
      <Text color={theme.text.muted}>{position}</Text>
    </Box>
  );
}
