/** Splits a paragraph into lines of at most `width` characters, breaking at spaces; a longer word stands alone. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Wraps with a first-line marker ("• ") and a hanging indent for the lines after it. */
export function wrapHanging(text: string, width: number, marker: string): string[] {
  const indent = " ".repeat(marker.length);
  return wrap(text, Math.max(10, width - marker.length)).map((line, i) => (i === 0 ? marker : indent) + line);
}

/** Wraps each line of a text on its own, keeping its blank lines: for the verbatim source. */
export function wrapLines(text: string, width: number): string[] {
  return text.split("\n").flatMap((line) => (line.trim() === "" ? [""] : wrap(line, width)));
}
