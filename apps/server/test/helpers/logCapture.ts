import pino from "pino";
import { vi } from "vitest";

export interface LogLine {
  msg?: string;
  id?: string;
  servedBy?: string;
  err?: { message?: string };
  status?: number;
  [field: string]: unknown;
}

/** A pino logger whose lines a test can read. */
export function logCapture() {
  const lines: LogLine[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line) as LogLine) });
  /** How the request with this id was served, once its log line is written (after the answer is sent). */
  const servedBy = (id: string | null) =>
    vi.waitFor(() => {
      const line = lines.find((l) => l.msg === "request" && l.id === id);
      if (!line) throw new Error(`no request line for ${id}`);
      return line.servedBy;
    });
  return { logger, lines, servedBy };
}
