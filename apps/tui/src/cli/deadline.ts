// One deadline for a whole command against a server: --timeout bounds the command, not each call,
// so a server that answers every call just in time cannot keep a script waiting for the sum.
import { DossierError } from "../data/dossierError";

/** Past --timeout, the time a single call's own deadline gets to speak first, with its own reason. */
const GRACE_MS = 100;

/** Settles as `work` does, or rejects with one sentence a little after `ms`. */
export function withinDeadline<T>(work: Promise<T>, ms: number, server: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new DossierError(
            "unreachable",
            `The Dossier server at ${server} did not answer in time: the command took longer than its --timeout of ${ms} ms.`,
          ),
        ),
      ms + GRACE_MS,
    );
  });
  // Once the deadline has won, the work's own late failure is no one's to handle.
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
