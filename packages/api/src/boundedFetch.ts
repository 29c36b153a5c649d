// A fetch that always gives up on time and never reads more than it can hold: one deadline for the
// whole exchange (connecting, the headers and every byte of the body, so a server that drips is cut
// off too) and a cap on the size of the answer, counted as it arrives.
//
// The deadline is a plain setTimeout, held by the timer list until it fires or is cleared, that
// aborts a controller the timer itself holds. AbortSignal.timeout() and AbortSignal.any() are held
// only weakly on Node 20: after a garbage collection their abort may never come, and the request
// waits for ever. Only globals that browsers have too: the web app uses this client.
import { DossierClientError, type DossierClientFailure } from "./clientError";

export interface FetchBounds {
  /** The endpoint, named in the errors. */
  url: string;
  /** The whole exchange must be over by then; 0 waits for ever. */
  timeoutMs: number;
  /** Bytes of body read at most; `Infinity` reads whatever comes. */
  maxResponseBytes: number;
}

type Fetch = typeof globalThis.fetch;

/** setTimeout fires at once for a delay past 2^31 - 1 ms; that long is "for ever" anyway. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Statuses whose Response may not carry a body, even an empty one. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export function boundedFetch(baseFetch: Fetch, bounds: FetchBounds): Fetch {
  return async (input, init) => {
    const controller = new AbortController();
    let failure: DossierClientError | undefined;
    const fail = (reason: DossierClientFailure, limit: number): DossierClientError => {
      failure ??= new DossierClientError(reason, bounds.url, limit);
      controller.abort(failure);
      return failure;
    };
    const timer =
      bounds.timeoutMs > 0
        ? setTimeout(() => fail("timeout", bounds.timeoutMs), Math.min(bounds.timeoutMs, LONGEST_TIMER_MS))
        : undefined;
    // The caller's own signal (tRPC's, when a query is cancelled) still cancels the request.
    const callerSignal = init?.signal ?? undefined;
    const followCaller = () => {
      if (!controller.signal.aborted) controller.abort(callerSignal?.reason);
    };
    if (callerSignal?.aborted) followCaller();
    else callerSignal?.addEventListener("abort", followCaller, { once: true });
    try {
      const response = await baseFetch(input, { ...init, signal: controller.signal });
      const body = await readAtMost(response, bounds.maxResponseBytes, () => fail("tooLarge", bounds.maxResponseBytes));
      return new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      // Whatever fetch or the body's reader threw on our abort, the reason is ours to say.
      throw failure ?? error;
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", followCaller);
    }
  };
}

/** The whole body, read chunk by chunk; `tooLarge` is thrown the moment it passes `max` bytes. */
async function readAtMost(response: Response, max: number, tooLarge: () => Error): Promise<Uint8Array<ArrayBuffer>> {
  // A declared length is only a promise, but one past the cap need not be waited for.
  if (Number(response.headers.get("content-length")) > max) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    // A fetch body is bytes; the types of Node's fetch say `any`.
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        const error = tooLarge();
        reader.cancel(error).catch(() => {});
        throw error;
      }
      chunks.push(value);
    }
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
