/** Physical line numbers of positions in a text, counting \r\n, \r and \n as one line break each. Pure. */

/** Finds the 1-based line of a character position. */
export interface LineIndex {
  /** The 1-based line the character at `position` is on. */
  lineAt(position: number): number;
  /** The position where the line after the one holding `position` starts (the text length if none). */
  nextLineStart(position: number): number;
}

/** Indexes the line starts of a text once, so each lookup is a binary search. */
export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 13 || c === 10) starts.push(i + 1);
  }
  // Index of the last line start at or before position.
  const lineIndexOf = (position: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= position) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  return {
    lineAt: (position) => lineIndexOf(position) + 1,
    nextLineStart: (position) => starts[lineIndexOf(position) + 1] ?? text.length,
  };
}

/** The line break of the first record (outside double quotes): '\r\n', '\r' or '\n' (the default). */
export function detectNewline(text: string): '\r\n' | '\r' | '\n' {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
    else if (!quoted && c === '\n') return '\n';
  }
  return '\n';
}
