import { render } from "ink-testing-library";
import { vi } from "vitest";
import { App } from "../../src/ui/App";
import { AnswersContext, createAnswers } from "../../src/ui/useQuery";
import { themeFor } from "../../src/ui/theme";
import { embeddedDossier, type Dossier } from "../../src/data/dossier";

/** What the reader shows while the current view's answer is on its way (App.tsx). */
const LOADING = "Loading…";
/** Long past any wait on a busy machine: only a state that never comes reaches it. */
export const WAIT_CEILING_MS = 15_000;

export const KEY = { enter: "\r", escape: "\u001b", tab: "\t", backspace: "\u007f", down: "\u001b[B", up: "\u001b[A" };

/** The reader rendered by ink-testing-library at a given size, with helpers to type and wait. */
export function renderReader(options: { dossier?: Dossier; columns?: number; rows?: number; env?: Record<string, string> } = {}) {
  const written: string[] = [];
  const instance = render(
    <AnswersContext.Provider value={createAnswers(options.dossier ?? embeddedDossier())}>
      <App
        storyId="arms-for-food"
        theme={themeFor({ NO_COLOR: "1" })}
        web="https://dossier.example"
        env={options.env ?? {}}
        writeToTerminal={(text) => void written.push(text)}
      />
    </AnswersContext.Provider>,
  );
  const resize = (columns: number, rows: number) => {
    Object.defineProperty(instance.stdout, "columns", { value: columns, configurable: true });
    Object.defineProperty(instance.stdout, "rows", { value: rows, configurable: true });
    instance.stdout.emit("resize");
  };
  if (options.columns || options.rows) resize(options.columns ?? 100, options.rows ?? 24);
  const frame = () => instance.lastFrame() ?? "";
  /** Polls the screen until `check` holds; the ceiling only catches a state that never comes. */
  const until = (check: (frame: string) => boolean, what: string) =>
    vi.waitFor(
      () => {
        if (!check(frame())) throw new Error(`waiting for ${what}; the screen is:\n${frame()}`);
      },
      { timeout: WAIT_CEILING_MS, interval: 20 },
    );
  const see = (text: string) => until((f) => f.includes(text), JSON.stringify(text));
  /**
   * Keys one at a time, as a person types them, each sent only once the one before has been
   * handled: Ink calls the key handler at once but draws its result later, and the handler acts
   * on the page last drawn. So after each key this waits for a frame drawn after it (every key
   * the tests press changes the state, so draws one) that is no longer loading its view.
   */
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      const drawn = instance.frames.length;
      instance.stdin.write(key);
      await until(
        (f) => instance.frames.length > drawn && !f.includes(LOADING),
        `the frame after the key ${JSON.stringify(key)}, its view loaded`,
      );
    }
  };
  return { frame, see, until, press, resize, written, frames: instance.frames, unmount: instance.unmount };
}
