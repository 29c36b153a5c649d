import { expect, it } from "vitest";
import { EventEmitter } from "node:events";
import type { IncomingMessage } from "node:http";
import { readBody } from "../src/readBody";

/** A request whose body the test sends by hand. */
const fakeRequest = () => Object.assign(new EventEmitter(), { complete: false }) as unknown as IncomingMessage & EventEmitter;

it("reads a body that arrives within the time left", async () => {
  const req = fakeRequest();
  const reading = readBody(req, 100, 10_000, performance.now());
  req.emit("data", Buffer.from('{"a":1}'));
  req.emit("end");
  expect(await reading).toEqual({ kind: "body", text: '{"a":1}' });
});

it("counts the timeout from the request's arrival, not from when reading starts", async () => {
  const req = fakeRequest();
  // The request arrived 20 s ago with a 10 s limit: its time is up before the first byte is read.
  const reading = readBody(req, 100, 10_000, performance.now() - 20_000);
  req.emit("data", Buffer.from('{"a":1}'));
  req.emit("end");
  expect(await reading).toEqual({ kind: "timeout" });
});

it("waits as long as it takes when the timeout is off", async () => {
  const req = fakeRequest();
  const reading = readBody(req, 100, 0, performance.now() - 20_000);
  req.emit("data", Buffer.from("x"));
  req.emit("end");
  expect(await reading).toEqual({ kind: "body", text: "x" });
});
