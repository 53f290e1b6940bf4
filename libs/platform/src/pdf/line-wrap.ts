/** Characters that must not begin a line (行頭禁則): they hang at the end of the previous one instead. */
const NO_LINE_START = new Set(
  Array.from('、。，．,.)）」』】〕〉》］｝!！?？・：；:;ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々'),
);
const WORD_CHAR = /[A-Za-z0-9@#$%&'"_\-+/=]/;

/**
 * Breaks text into lines no wider than `maxWidth` (as measured by `widthOf`): at any character in Japanese,
 * between words in Latin text, never before closing punctuation or small kana (which hang past the edge), and at
 * every line feed. An empty text is one empty line.
 */
export function wrapLines(text: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    for (const char of Array.from(paragraph)) {
      if (line === '' || widthOf(line + char) <= maxWidth || NO_LINE_START.has(char)) {
        line += char;
        continue;
      }
      const wordStart = WORD_CHAR.test(char) ? latinWordStart(line) : -1;
      if (wordStart > 0) {
        lines.push(line.slice(0, wordStart).trimEnd());
        line = line.slice(wordStart) + char;
      } else {
        lines.push(line.trimEnd());
        line = char === ' ' ? '' : char;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Where the Latin word at the end of the line starts, if a space before it allows a break there; else -1. */
function latinWordStart(line: string): number {
  let i = line.length;
  while (i > 0 && WORD_CHAR.test(line[i - 1])) i--;
  return i < line.length && i > 0 && line[i - 1] === ' ' ? i : -1;
}
