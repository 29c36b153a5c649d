// Sockets that connect and never send a request, more of them than the server has file
// descriptors: a legitimate client from another address is still answered. The server gets a
// limit of its own (2,048 open files, through prlimit) so the flood stays far below this machine's.
// The connection cap keeps its sockets under that limit (at most 100 per address, the oldest idle
// ones closed to make room); `next start` runs out of descriptors and answers nobody.
import type { Socket } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startProductionServer, type RunningServer } from "../../scripts/productionServer";
import { get, openSilent, percentile, targetOf } from "./rawHttp";

const OPEN_FILES = 2048;
// Two addresses with many sockets each (the per-address share), and many addresses with a few
// (the cap in all): 3,200 sockets, half as many again as the server can hold.
const FLOOD = [
  ...["127.0.0.2", "127.0.0.3"].map((address) => ({ address, sockets: 1000 })),
  ...Array.from({ length: 12 }, (_, i) => ({ address: `127.0.1.${i + 1}`, sockets: 100 })),
];
const LEGITIMATE_REQUESTS = 40;

let server: RunningServer;
const flood: Socket[] = [];

beforeAll(async () => {
  server = await startProductionServer(join(import.meta.dirname, "../.."), { openFiles: OPEN_FILES });
});
afterAll(async () => {
  for (const socket of flood) socket.destroy();
  await server?.stop();
});

describe("a half-open flood", () => {
  it("leaves a legitimate client at least 95% answered, p90 under a second", async () => {
    const to = targetOf(server.url);
    for (const { address, sockets } of FLOOD) {
      // In rounds, so the test's own descriptors never pile up in connect().
      for (let i = 0; i < sockets; i += 100) {
        flood.push(...(await Promise.all(Array.from({ length: Math.min(100, sockets - i) }, () => openSilent(to, address)))));
      }
    }
    const held = flood.filter((socket) => !socket.destroyed).length;
    const times: number[] = [];
    for (let i = 0; i < LEGITIMATE_REQUESTS; i += 1) {
      // A fresh connection each time, as a new visitor would open.
      const answer = await get(to, "/arms-for-food", { localAddress: "127.0.0.1", timeoutMs: 2000 }).catch(() => null);
      if (answer?.status === 200) times.push(answer.ms);
    }
    const answered = times.length / LEGITIMATE_REQUESTS;
    const p90 = percentile(times, 90);
    console.log(
      `flood: ${flood.length} silent sockets opened, ${held} still open when measured; legitimate client ` +
        `${times.length}/${LEGITIMATE_REQUESTS} answered (${(answered * 100).toFixed(1)}%), ` +
        `p50 ${percentile(times, 50).toFixed(0)} ms, p90 ${p90.toFixed(0)} ms (${server.door})`,
    );
    expect(answered).toBeGreaterThanOrEqual(0.95);
    expect(p90).toBeLessThan(1000);
  });
});
