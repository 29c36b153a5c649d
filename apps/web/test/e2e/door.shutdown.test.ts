// SIGTERM drains: a request in flight when it comes is still answered (its answer closes the
// connection), an idle keep-alive connection does not hold the server open, and it exits 0.
import { connect } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startProductionServer } from "../../scripts/productionServer";
import { targetOf } from "./rawHttp";

const onData = (socket: ReturnType<typeof connect>) => {
  let text = "";
  socket.setEncoding("latin1");
  socket.on("data", (data: string) => (text += data));
  return () => text;
};

describe("shutdown", () => {
  it.skipIf(process.env.WEB_TEST_DOOR === "next-start")("finishes the request in flight, then exits 0", async () => {
    const server = await startProductionServer(join(import.meta.dirname, "../.."));
    const to = targetOf(server.url);
    const idle = connect(to);
    const busy = connect(to);
    try {
      // An idle keep-alive connection: one answered request, then silence.
      const idleText = onData(idle);
      idle.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
      await expect.poll(idleText).toContain("\r\n\r\n");
      // A request in flight: the server has taken it (it said 100 Continue), its body is still to come.
      const body = JSON.stringify({ storyId: "arms-for-food", query: "food" });
      const busyText = onData(busy);
      busy.write(
        `POST /api/trpc/search.query HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`,
      );
      await expect.poll(busyText).toContain("100 Continue");
      const idleClosed = new Promise((resolve) => idle.once("close", resolve));
      const stopped = server.stop();
      await idleClosed;
      busy.end(body);
      await stopped;
      expect(await server.exited).toBe(0);
      // Answered (by tRPC, which takes queries by GET) rather than cut off.
      expect(busyText()).toMatch(/\r\n\r\nHTTP\/1\.1 [1-4]\d\d /);
      expect(busyText().toLowerCase()).toContain("connection: close");
      expect(server.output()).toMatch(/SIGTERM: finishing the requests in flight/);
    } finally {
      idle.destroy();
      busy.destroy();
      await server.stop();
    }
  });
});
