import autocannon from "autocannon";
import { startChildServer } from "./childServer";
import { requestMix } from "./requestMix";

export interface LoadOptions {
  durationS: number;
  connections: number;
  /** Environment of the server process (DOSSIER_STORIES_DIR, limits…). */
  env?: NodeJS.ProcessEnv;
}

export interface LoadReport {
  requests: number;
  rps: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  rssGrowthMB: number;
  heapGrowthMB: number;
  /** Whether the server shut down cleanly (exit 0) after the run. */
  cleanExit: boolean;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Starts the production bundle in its own process on loopback, loads it with a mix of procedures
 * for a fixed time, and reports throughput, failures and memory growth. Bounded: it stops by itself.
 */
export async function runLoad({ durationS, connections, env = {} }: LoadOptions): Promise<LoadReport> {
  // The limits stay on, above this run's pace; logs are written (to /dev/null) so their cost is in.
  const server = await startChildServer({
    DOSSIER_RATE_LIMIT_RPS: "1000000",
    DOSSIER_MAX_CONNECTIONS_PER_CLIENT: String(connections + 10),
    LOG_FILE: "/dev/null",
    LOG_LEVEL: "info",
    ...env,
  });
  try {
    const list = ((await (await fetch(`${server.url}/trpc/stories.list`)).json()) as { result: { data: { id: string }[] } })
      .result.data;
    const storyId = list[0]?.id;
    if (!storyId) throw new Error("the server serves no story");
    const requests = await requestMix(server.url, storyId);
    // A short warm-up fills the response cache, so growth measures steady state, not first answers.
    await autocannon({ url: server.url, connections: Math.min(connections, 10), duration: 1, requests });
    const before = await server.memory();
    const result = await autocannon({ url: server.url, connections, pipelining: 1, duration: durationS, requests, timeout: 10 });
    const after = await server.memory();
    return {
      requests: result.requests.total,
      rps: Math.round(result.requests.average),
      p99: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      rssGrowthMB: mb(after.rss - before.rss),
      heapGrowthMB: mb(after.heapUsed - before.heapUsed),
      cleanExit: (await server.stop()) === 0,
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
