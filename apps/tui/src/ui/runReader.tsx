// Starts the interactive reader on the real terminal: alternate screen, Ink, and back to the
// shell as it was on quit. Only reached when both stdin and stdout are terminals.
import { render } from "ink";
import { openDossier } from "../data/dossier";
import { DossierError, EXIT, toDossierError } from "../data/dossierError";
import { chooseStory } from "../cli/commands";
import { printError, type CliIO } from "../cli/io";
import type { ReaderStart } from "../cli/program";
import { App } from "./App";
import { StoryPicker } from "./components/StoryPicker";
import { AnswersContext, createAnswers } from "./useQuery";
import { themeFor } from "./theme";

/** Asks which story to read, on the alternate screen; an empty answer means the reader quit. */
async function pickStory(stories: Parameters<typeof StoryPicker>[0]["stories"], io: CliIO): Promise<string> {
  let chosen = "";
  process.stdout.write(ENTER_ALT_SCREEN);
  try {
    const picker = render(<StoryPicker stories={stories} theme={themeFor(io.env)} onChoose={(id) => (chosen = id)} />, {
      patchConsole: false,
    });
    await picker.waitUntilExit();
  } finally {
    process.stdout.write(LEAVE_ALT_SCREEN);
  }
  return chosen;
}

const ENTER_ALT_SCREEN = "\u001b[?1049h";
const LEAVE_ALT_SCREEN = "\u001b[?1049l";

/** `onFirstFrame` runs once the reader's first screen has been drawn. */
export async function runReader(start: ReaderStart, io: CliIO, onFirstFrame: () => void = () => {}): Promise<number> {
  let storyId: string | undefined;
  let answers;
  try {
    const dossier = await openDossier(start.api, { timeoutMs: start.timeout });
    const stories = await dossier.query("stories.list", undefined);
    answers = createAnswers(dossier);
    storyId = start.story || stories.length < 2 ? await chooseStory(dossier, start.story) : await pickStory(stories, io);
    if (!storyId) return EXIT.ok;
  } catch (error) {
    const failure = error instanceof DossierError ? error : toDossierError(error, start.api ?? "embedded");
    printError(io, failure.message);
    return failure.exitCode;
  }
  process.stdout.write(ENTER_ALT_SCREEN);
  try {
    const instance = render(
      <AnswersContext.Provider value={answers}>
        <App
          storyId={storyId}
          theme={themeFor(io.env)}
          web={start.web}
          env={io.env}
          writeToTerminal={(text) => void process.stdout.write(text)}
        />
      </AnswersContext.Provider>,
      { exitOnCtrlC: true, patchConsole: false },
    );
    // Ink draws the first frame as render() returns.
    onFirstFrame();
    await instance.waitUntilExit();
    return EXIT.ok;
  } finally {
    process.stdout.write(LEAVE_ALT_SCREEN);
  }
}
