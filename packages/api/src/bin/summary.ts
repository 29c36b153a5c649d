// `pnpm start`: every story's title, summary and key points, read through the API contract.
import { createCaller, createContextInner } from "../index";
import { overviewText } from "../text/overviewText";

const useBold = process.stdout.isTTY === true && !process.env.NO_COLOR;
const style = {
  width: process.stdout.columns ?? 80,
  bold: (text: string) => (useBold ? `\u001b[1m${text}\u001b[22m` : text),
};

try {
  const caller = createCaller(createContextInner());
  for (const { id } of await caller.stories.list()) {
    process.stdout.write(`${overviewText(await caller.story.overview({ storyId: id }), style)}\n`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
