import { afterEach, describe, expect, it } from "vitest";
import { createLoadShedder, type LoadShedder } from "../src/loadShedder";

const shedders: LoadShedder[] = [];
const shedder = (...args: Parameters<typeof createLoadShedder>) => {
  const made = createLoadShedder(...args);
  shedders.push(made);
  return made;
};
afterEach(() => shedders.splice(0).forEach((made) => made.stop()));

/** Holds `count` requests in flight; returns the functions that answer them. */
const hold = (made: LoadShedder, count: number) => Array.from({ length: count }, () => made.begin());

describe("load shedding by work in flight", () => {
  it("takes everything while the work in flight is under its bound", () => {
    const made = shedder({ maxInFlight: 4, maxLagMs: 0 });
    hold(made, 3);
    const refused = Array.from({ length: 50 }, (_, i) => made.refuse(`client-${i % 5}`, 1, i));
    expect(refused.some(Boolean)).toBe(false);
    expect(made.pressure).toBeLessThan(1);
  });

  it("under pressure refuses the heaviest caller and lets a newcomer in", () => {
    const made = shedder({ maxInFlight: 4, maxLagMs: 0 });
    for (let i = 0; i < 40; i += 1) made.refuse("heavy", 1, i);
    made.refuse("light", 1, 0);
    hold(made, 4);
    expect(made.pressure).toBe(1);
    expect(made.refuse("heavy", 1, 40)).toBe(true);
    expect(made.refuse("newcomer", 1, 40)).toBe(false);
    expect(made.refuse("light", 1, 40)).toBe(false);
  });

  it("deep in overload lets in only clients that asked nothing lately", () => {
    const made = shedder({ maxInFlight: 2, maxLagMs: 0 });
    made.refuse("light", 1, 0);
    made.refuse("light", 1, 0);
    hold(made, 6);
    expect(made.pressure).toBe(3);
    expect(made.refuse("light", 1, 0)).toBe(true);
    expect(made.refuse("newcomer", 1, 0)).toBe(false);
  });

  it("forgets demand over time, so a refused client gets back in once it slows down", () => {
    const made = shedder({ maxInFlight: 1, maxLagMs: 0, halfLifeMs: 1000 });
    for (let i = 0; i < 100; i += 1) made.refuse("heavy", 1, 0);
    made.refuse("other", 1, 0);
    hold(made, 1);
    expect(made.refuse("heavy", 1, 0)).toBe(true);
    // Ten half-lives later its score is under one call.
    expect(made.refuse("heavy", 1, 10_000)).toBe(false);
  });

  it("counts a request answered once, however often its end is called", () => {
    const made = shedder({ maxInFlight: 10, maxLagMs: 0 });
    const [end] = hold(made, 2);
    end!();
    end!();
    expect(made.inFlight).toBe(1);
  });

  it("remembers a bounded number of clients", () => {
    const made = shedder({ maxInFlight: 1, maxLagMs: 0, maxClients: 3 });
    for (let i = 0; i < 5; i += 1) made.refuse("heavy", 1, 0);
    for (let i = 0; i < 3; i += 1) made.refuse(`churn-${i}`, 1, 0);
    hold(made, 1);
    // The heavy client was pushed out by the churn and counts as new again: bounded memory, not a leak.
    expect(made.refuse("heavy", 1, 0)).toBe(false);
  });
});

describe("load shedding by event-loop delay", () => {
  it("sees a blocked event loop and raises the pressure", async () => {
    const made = shedder({ maxInFlight: 0, maxLagMs: 20, sampleMs: 10 });
    const busyUntil = performance.now() + 200;
    while (performance.now() < busyUntil) {
      // The loop is held on purpose, as a CPU-bound request would hold it.
    }
    // Waits for the sampler to run (it fires late, which is what it measures).
    for (let turns = 0; made.lagMs < 100 && turns < 10_000; turns += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(made.lagMs).toBeGreaterThanOrEqual(100);
    expect(made.pressure).toBeGreaterThanOrEqual(5);
  });
});
