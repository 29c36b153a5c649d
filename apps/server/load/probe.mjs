// Preloaded (`node --import ./load/probe.mjs …`) into a server the load run or the bench starts,
// so they can ask it over IPC for its memory and CPU time; the production entry knows nothing of it.
if (process.send) {
  process.on("message", (message) => {
    if (message?.type === "memory") {
      // With --expose-gc the figure is live memory, not garbage not yet collected.
      globalThis.gc?.();
      process.send({ type: "memory", usage: process.memoryUsage() });
    } else if (message?.type === "cpu") {
      process.send({ type: "cpu", usage: process.cpuUsage() });
    }
  });
  // The channel must not keep a server alive that was asked to stop.
  process.channel?.unref();
}
