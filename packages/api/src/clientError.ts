// Why the client gave up on a server, as one sentence that names the server, plus the facts a
// caller can act on without parsing the sentence.

export type DossierClientFailure = "timeout" | "tooLarge";

export class DossierClientError extends Error {
  override readonly name = "DossierClientError";

  constructor(
    /** `timeout`: no whole answer within `limit` ms. `tooLarge`: the answer passed `limit` bytes. */
    readonly reason: DossierClientFailure,
    /** The endpoint the client was created for. */
    readonly url: string,
    /** The deadline in ms, or the cap in bytes, that was passed. */
    readonly limit: number,
  ) {
    super(
      reason === "timeout"
        ? `The server at ${url} did not answer in time: the client gave up after ${limit} ms.`
        : `The server at ${url} sent more than ${limit} bytes; no Dossier answer is that large, so the client stopped reading.`,
    );
  }
}
