// One client on 16 connections sends batches of 10 distinct searches as fast as it is answered;
// a bystander from another address, reading pages and searching, is still answered promptly: the
// rate limit charges every call of a batch and the load shedder turns the heaviest caller away
// first. On `next start` the bystander's p50 was 732 ms and p90 3.3 s.
import { Agent } from "node:http";
import { afterAll, describe, expect, inject, it } from "vitest";
import { get, percentile, targetOf, trpcTarget } from "./rawHttp";

const to = targetOf(inject("baseUrl"));
const storyId = "arms-for-food";
const ATTACK_MS = 8000;
const BYSTANDER_INTERVAL_MS = 100;
const WORDS = [
  "food",
  "arms",
  "sanctions",
  "Kirby",
  "Russia",
  "Korea",
  "ship",
  "oil",
  "deal",
  "minister",
  "talks",
  "grain",
  "weapons",
];
const attackerAgent = new Agent({ keepAlive: true, maxSockets: 16, localAddress: "127.0.0.20" });
const bystanderAgent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: "127.0.0.21" });

afterAll(() => {
  attackerAgent.destroy();
  bystanderAgent.destroy();
});

describe("a heavy client beside a bystander", () => {
  it("leaves the bystander at least 95% answered within a second, p90 well under one", async () => {
    const stopAt = performance.now() + ATTACK_MS;
    const attackStatuses = new Map<number, number>();
    let n = 0;
    const attacker = async () => {
      while (performance.now() < stopAt) {
        // As heavy as the contract allows: ten calls, each a distinct query of twelve words.
        const queries = Array.from({ length: 10 }, () => {
          n += 1;
          const words = Array.from({ length: 12 }, (_, j) => `${WORDS[(n * 7 + j * 5) % WORDS.length]}${j === 0 ? n : ""}`);
          return { storyId, query: words.join(" ") };
        });
        const status = await get(to, trpcTarget("search.query", queries), { agent: attackerAgent, timeoutMs: 10_000 }).then(
          (a) => a.status,
          () => 0,
        );
        attackStatuses.set(status, (attackStatuses.get(status) ?? 0) + 1);
      }
    };
    const bystander = async () => {
      const times: number[] = [];
      let asked = 0;
      // Measure once the attack is under way: two answers on each of its connections.
      const answers = () => [...attackStatuses.values()].reduce((a, b) => a + b, 0);
      while (answers() < 32 && performance.now() < stopAt) {
        await new Promise((r) => setTimeout(r, 20));
      }
      // A reader's pace, ten requests a second (an unpaced loop would be a heavy client itself).
      const begun = performance.now();
      while (performance.now() < stopAt - 500) {
        const due = begun + asked * BYSTANDER_INTERVAL_MS;
        if (due > performance.now()) await new Promise((r) => setTimeout(r, due - performance.now()));
        const path =
          asked % 2 === 0 ? `/${storyId}/claims` : trpcTarget("search.query", [{ storyId, query: WORDS[asked % WORDS.length] }]);
        asked += 1;
        const answer = await get(to, path, { agent: bystanderAgent, timeoutMs: 1000 }).catch(() => null);
        if (answer?.status === 200) times.push(answer.ms);
      }
      return { asked, times };
    };
    const [{ asked, times }] = await Promise.all([bystander(), ...Array.from({ length: 16 }, attacker)]);
    const answered = times.length / asked;
    const p50 = percentile(times, 50);
    const p90 = percentile(times, 90);
    console.log(
      `amplification: bystander ${times.length}/${asked} answered (${(answered * 100).toFixed(1)}%), ` +
        `p50 ${p50.toFixed(0)} ms, p90 ${p90.toFixed(0)} ms; attacker statuses ${JSON.stringify(Object.fromEntries(attackStatuses))}`,
    );
    expect(asked).toBeGreaterThan(20);
    expect(answered).toBeGreaterThanOrEqual(0.95);
    // The target is 250 ms; asserted at twice that so a busy CI machine does not fail it by chance.
    expect(p90).toBeLessThan(500);
  });
});
