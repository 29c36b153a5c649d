import { Text } from "ink";
import { SCREENS, SCREEN_TITLES, type ScreenName } from "../navigation";
import type { Theme } from "../theme";
import { screenText } from "./PageView";

export interface HeaderProps {
  screen: ScreenName;
  title: string;
  width: number;
  theme: Theme;
}

/** Cuts text to a width with an ellipsis; these lines are laid out by hand so each is always one line. */
const fit = (text: string, width: number): string => (text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`);

/** A page's title on the left and where the reader is in it ("3/30") on the right. */
export function TitleLine({ title, position, width, theme }: { title: string; position: string; width: number; theme: Theme }) {
  const right = position ? ` ${position}` : "";
  const left = fit(screenText(title), Math.max(0, width - right.length));
  return (
    <Text wrap="truncate-end">
      <Text color={theme.text.heading} bold>
        {left}
      </Text>
      <Text color={theme.text.muted}>{right.padStart(width - left.length)}</Text>
    </Text>
  );
}

/** The screens by number when there is room (80 columns), else where the reader is and the story's title. */
export function Header({ screen, title, width, theme }: HeaderProps) {
  const index = SCREENS.indexOf(screen);
  const room = width;
  const tabs = SCREENS.map((name, i) => `${i + 1} ${SCREEN_TITLES[name]}`).join(" ");
  if (tabs.length > room) {
    const here = `${index + 1}/8 ${SCREEN_TITLES[screen]}`;
    const rest = fit(` ${screenText(title)}`, Math.max(0, room - here.length));
    return (
      <Text wrap="truncate-end">
        <Text color={theme.tab.active} bold>
          {here}
        </Text>
        <Text color={theme.text.muted}>{rest}</Text>
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
    </Text>
  );
}
