import { Text } from "ink";
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

/** Cuts text to a width with an ellipsis; the header is laid out by hand so it is always one line. */
const fit = (text: string, width: number): string => (text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`);

/** The screens by number when there is room (80 columns), else where the reader is and the story's title. */
export function Header({ screen, title, position, width, theme }: HeaderProps) {
  const index = SCREENS.indexOf(screen);
  const right = position ? ` ${position}` : "";
  const room = Math.max(0, width - right.length);
  const tabs = SCREENS.map((name, i) => `${i + 1} ${SCREEN_TITLES[name]}`).join(" ");
  if (tabs.length > room) {
    const here = `${index + 1}/8 ${SCREEN_TITLES[screen]}`;
    const rest = fit(` ${screenText(title)}`, Math.max(0, room - here.length));
    return (
      <Text wrap="truncate-end">
        <Text color={theme.tab.active} bold>
          {here}
        </Text>
        <Text color={theme.text.muted}>{rest.padEnd(room - here.length)}</Text>
        <Text color={theme.text.muted}>{right}</Text>
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end">
      {SCREENS.map((name, i) => (
        <Text
          key={name}
          color={name === screen ? theme.tab.active : theme.text.muted}
          bold={name === screen}
          inverse={name === screen}
        >
          {`${i > 0 ? " " : ""}${i + 1} ${SCREEN_TITLES[name]}`}
        </Text>
      ))}
      <Text color={theme.text.muted}>{right.padStart(room - tabs.length + right.length)}</Text>
    </Text>
  );
}
