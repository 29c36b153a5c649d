import { createContext, useContext, useEffect, useState } from "react";
import type { Dossier } from "../data/dossier";
import type { ProcedurePath, Procedures } from "../data/procedures";
import { toDossierError } from "../data/dossierError";

interface Entry {
  promise: Promise<unknown>;
  settled?: { value?: unknown; error?: string };
}

/** The data door and the answers already received, shared by every view of one reader. */
export interface Answers {
  dossier: Dossier;
  cache: Map<string, Entry>;
}

export const AnswersContext = createContext<Answers | null>(null);

export const createAnswers = (dossier: Dossier): Answers => ({ dossier, cache: new Map() });

export interface QueryState<T> {
  data?: T;
  error?: string;
}

/** Asks once per distinct input and remembers the answer; `null` input means "not needed now". */
export function useQuery<P extends ProcedurePath>(path: P, input: Procedures[P][0] | null): QueryState<Procedures[P][1]> {
  const answers = useContext(AnswersContext);
  if (!answers) throw new Error("useQuery needs an AnswersContext provider.");
  const key = input === null ? null : `${path} ${JSON.stringify(input)}`;
  const read = (): QueryState<Procedures[P][1]> => {
    if (key !== null && input !== null && !answers.cache.has(key)) {
      // An answer known without asking goes straight into the first frame.
      const known = answers.dossier.peek(path, input);
      if (known !== undefined) answers.cache.set(key, { promise: Promise.resolve(), settled: { value: known } });
    }
    const settled = key === null ? undefined : answers.cache.get(key)?.settled;
    return settled ? { data: settled.value as Procedures[P][1], ...(settled.error ? { error: settled.error } : {}) } : {};
  };
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (key === null || input === null) return;
    let entry = answers.cache.get(key);
    if (!entry) {
      const created: Entry = {
        promise: answers.dossier.query(path, input).then(
          (value) => void (created.settled = { value }),
          (error: unknown) => void (created.settled = { error: toDossierError(error, answers.dossier.where).message }),
        ),
      };
      entry = created;
      answers.cache.set(key, entry);
    }
    if (entry.settled) return;
    let live = true;
    void entry.promise.then(() => live && setVersion((v) => v + 1));
    return () => {
      live = false;
    };
    // The key stands for the input, so it alone decides when to ask again.
  }, [key]);
  return read();
}
