import { afterEach, expect, it, vi } from "vitest";
import { cleanup, render } from "ink-testing-library";
import { StoryPicker } from "../../src/ui/components/StoryPicker";
import { themeFor } from "../../src/ui/theme";
import { WAIT_CEILING_MS } from "../helpers/reader";

afterEach(() => cleanup());

const stories = [
  { id: "first-story", title: "The first story", summary: "One.", publisher: "Paper A", published: "2023-03-30" },
  { id: "second-story", title: "The second story", summary: "Two.", publisher: null, published: null },
];

/** Polls until `check` passes; the ceiling only catches a state that never comes. */
const eventually = (check: () => void) => vi.waitFor(check, { timeout: WAIT_CEILING_MS, interval: 20 });

it("lists every story and answers the one chosen with j and enter", async () => {
  const chosen: string[] = [];
  const picker = render(<StoryPicker stories={stories} theme={themeFor({ NO_COLOR: "1" })} onChoose={(id) => chosen.push(id)} />);
  await eventually(() => expect(picker.lastFrame()).toContain("Choose a story (2)"));
  expect(picker.lastFrame()).toContain("Paper A · 2023-03-30");
  picker.stdin.write("j");
  // Enter acts on the cursor last drawn, so it waits for the frame with the second story selected.
  await eventually(() =>
    expect(
      picker
        .lastFrame()
        ?.split("\n")
        .find((line) => line.includes("›")),
    ).toContain("The second story"),
  );
  picker.stdin.write("\r");
  await eventually(() => expect(chosen).toEqual(["second-story"]));
});
