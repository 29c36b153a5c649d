/** When a server has more work than it can do in time, which new requests to refuse at once. */
export interface LoadShedderOptions {
  /** Requests being worked on at once (past the cache) beyond which new work is shed; 0 turns this bound off. */
  maxInFlight: number;
  /** Event-loop delay in ms beyond which new work is shed; 0 turns this bound off. */
  maxLagMs: number;
  /** How often the event loop's delay is sampled, in ms. */
  sampleMs?: number;
  /** Half-life of a client's recent-demand score, in ms. */
  halfLifeMs?: number;
  /** Clients whose demand is remembered (least recently seen forgotten first). */
  maxClients?: number;
}

export interface LoadShedder {
  /**
   * Counts `cost` calls from `client` and says whether to refuse them now with a 503. Under
   * pressure a client that has asked less than the average active client lately still gets in,
   * so a newcomer is served while the heaviest callers wait; deep in overload only clients that
   * asked nothing lately do. Health checks and requests already admitted never come here.
   */
  refuse(client: string, cost?: number, now?: number): boolean;
  /** Counts one admitted request as in flight; call the returned function when it is answered (once is enough). */
  begin(): () => void;
  /** How far past its bounds the server is: below 1 it takes everything. */
  readonly pressure: number;
  readonly inFlight: number;
  /** The event loop's recent delay, in ms. */
  readonly lagMs: number;
  /** Seconds a refused client is asked to wait (Retry-After). */
  readonly retryAfterSeconds: number;
  /** Stops the sampling timer. */
  stop(): void;
}

/** Pressure at which only clients that asked nothing lately are let in. */
const DEEP = 3;

export function createLoadShedder(options: LoadShedderOptions): LoadShedder {
  const { maxInFlight, maxLagMs, sampleMs = 20, halfLifeMs = 2000, maxClients = 100_000 } = options;
  const demand = new Map<string, { score: number; at: number }>();
  let inFlight = 0;
  let lagMs = 0;
  let fairShare = Infinity;

  const decayed = (entry: { score: number; at: number }, now: number) =>
    now > entry.at ? entry.score * Math.pow(0.5, (now - entry.at) / halfLifeMs) : entry.score;

  const pressureNow = () => Math.max(maxInFlight > 0 ? inFlight / maxInFlight : 0, maxLagMs > 0 ? lagMs / maxLagMs : 0);

  // A timer that fires late measures how long the loop was busy; the estimate falls by half each quiet sample.
  let expected = performance.now() + sampleMs;
  const timer =
    maxLagMs > 0
      ? setInterval(() => {
          const now = performance.now();
          lagMs = Math.max(now - expected, lagMs / 2);
          expected = now + sampleMs;
          if (pressureNow() >= 1) fairShare = averageDemand(now);
        }, sampleMs)
      : undefined;
  timer?.unref();

  /** The mean recent score of the clients still asking (score of half a call or more). */
  function averageDemand(now: number): number {
    let sum = 0;
    let active = 0;
    for (const entry of demand.values()) {
      const score = decayed(entry, now);
      if (score >= 0.5) {
        sum += score;
        active += 1;
      }
    }
    return active === 0 ? Infinity : sum / active;
  }

  return {
    refuse(client, cost = 1, now = performance.now()) {
      let entry = demand.get(client);
      if (entry) {
        demand.delete(client);
        entry.score = decayed(entry, now);
        entry.at = now;
      } else {
        if (demand.size >= maxClients) demand.delete(demand.keys().next().value as string);
        entry = { score: 0, at: now };
      }
      demand.set(client, entry);
      const before = entry.score;
      entry.score += Math.max(cost, 1);
      const pressure = pressureNow();
      if (pressure < 1) return false;
      if (maxLagMs === 0) fairShare = averageDemand(now);
      if (pressure >= DEEP) return before >= 1;
      return before > fairShare;
    },
    begin() {
      inFlight += 1;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        inFlight -= 1;
      };
    },
    get pressure() {
      return pressureNow();
    },
    get inFlight() {
      return inFlight;
    },
    get lagMs() {
      return lagMs;
    },
    retryAfterSeconds: 1,
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
