/**
 * One CSV cell per RFC 4180: quoted when it holds a quote, comma or line break, quotes doubled.
 * A cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return first)
 * gets a leading apostrophe, so opening an export never executes story text.
 */
export function csvCell(value: string | number | null): string {
  let cell = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows to CSV text: CRLF after every record, as RFC 4180 asks. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}
