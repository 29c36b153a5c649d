import { useEffect, useState } from "react";
import { useStdout } from "ink";

export interface TerminalSize {
  columns: number;
  rows: number;
}

/** The terminal's size, read on every render and re-rendered on resize (so no resize is missed between them). */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [, setResizes] = useState(0);
  useEffect(() => {
    const update = () => setResizes((n) => n + 1);
    stdout.on("resize", update);
    return () => void stdout.off("resize", update);
  }, [stdout]);
  return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}
