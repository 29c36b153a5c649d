/**
 * How many procedure calls a tRPC request target names: tRPC splits a batch's path on commas, so
 * `/trpc/a,b,c?batch=1` is three calls, and a rate limit charges one token for each. Counted on
 * the raw target without parsing it; a comma outside a batch is over-charged, never under.
 */
export function callsIn(target: string): number {
  let calls = 1;
  for (let i = 0; i < target.length; i += 1) {
    const c = target.charCodeAt(i);
    if (c === 63 /* ? */) break;
    if (c === 44 /* , */) calls += 1;
  }
  return calls;
}
