import { afterEach, expect, it } from "vitest";
import { cleanup, render } from "ink-testing-library";
import { StoryPicker } from "../../src/ui/components/StoryPicker";
import { themeFor } from "../../src/ui/theme";

afterEach(() => cleanup());

const stories = [
  { id: "first-story", title: "The first story", summary: "One.", publisher: "Paper A", published: "2023-03-30" },
  { id: "second-story", title: "The second story", summary: "Two.", publisher: null, published: null },
];

it("lists every story and answers the one chosen with j and enter", async () => {
  const chosen: string[] = [];
  const picker = render(<StoryPicker stories={stories} theme={themeFor({ NO_COLOR: "1" })} onChoose={(id) => chosen.push(id)} />);
  const wait = () => new Promise((resolve) => setTimeout(resolve, 50));
  await wait();
  expect(picker.lastFrame()).toContain("Choose a story (2)");
  expect(picker.lastFrame()).toContain("Paper A · 2023-03-30");
  picker.stdin.write("j");
  await wait();
  expect(
    picker
      .lastFrame()
      ?.split("\n")
      .find((line) => line.includes("›")),
  ).toContain("The second story");
  picker.stdin.write("\r");
  await wait();
  expect(chosen).toEqual(["second-story"]);
});
