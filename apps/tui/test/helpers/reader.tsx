import { render } from "ink-testing-library";
import { vi } from "vitest";
import { App } from "../../src/ui/App";
import { AnswersContext, createAnswers } from "../../src/ui/useQuery";
import { themeFor } from "../../src/ui/theme";
import { embeddedDossier, type Dossier } from "../../src/data/dossier";

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
  const until = (check: (frame: string) => boolean, what: string) =>
    vi.waitFor(
      () => {
        if (!check(frame())) throw new Error(`waiting for ${what}; the screen is:\n${frame()}`);
      },
      { timeout: 5000, interval: 20 },
    );
  const see = (text: string) => until((f) => f.includes(text), JSON.stringify(text));
  /** Keys one at a time, as a person types them, each given a moment to land. */
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      instance.stdin.write(key);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  };
  return { frame, see, until, press, resize, written, frames: instance.frames, unmount: instance.unmount };
}
