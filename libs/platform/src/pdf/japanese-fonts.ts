import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

/**
 * Noto Sans JP as @fontsource ships it: the font split into numbered subsets, each covering a unicode-range
 * listed in its CSS. A code point is drawn with the subset that covers it, and a document embeds (subsetted
 * again to the glyphs it uses) only the subsets its text needs, so nothing depends on the machine's fonts.
 */
const FONT_PACKAGE = '@fontsource/noto-sans-jp';
/** Drawn for a character no subset covers (〓, the customary stand-in for a missing glyph). */
export const MISSING_GLYPH = '〓';

interface SubsetRange {
  from: number;
  to: number;
  subset: number;
}

let ranges: SubsetRange[] | null = null;
let packageDir: string | null = null;
const fontFiles = new Map<number, Buffer>();

function fontPackageDir(): string {
  packageDir ??= path.dirname(createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/400.css`));
  return packageDir;
}

/** Reads the unicode ranges of the regular (400) subsets from the package's CSS, sorted for binary search. */
function subsetRanges(): SubsetRange[] {
  if (ranges) return ranges;
  const css = fs.readFileSync(path.join(fontPackageDir(), '400.css'), 'utf8');
  const found: SubsetRange[] = [];
  for (const face of css.matchAll(/noto-sans-jp-(\d+)-400-normal\.woff2[^;]*;\s*unicode-range:\s*([^;]+);/g)) {
    const subset = Number(face[1]);
    for (const part of face[2].split(',')) {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      found.push({ from: parseInt(from, 16), to: parseInt(to ?? from, 16), subset });
    }
  }
  if (found.length === 0) throw new Error(`${FONT_PACKAGE}: no unicode ranges found in 400.css`);
  ranges = found.sort((a, b) => a.from - b.from);
  return ranges;
}

/** The number of the font subset that covers a code point, or null when none does. */
export function fontSubsetOf(codePoint: number): number | null {
  const all = subsetRanges();
  let low = 0;
  let high = all.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = all[middle];
    if (codePoint < range.from) high = middle - 1;
    else if (codePoint > range.to) low = middle + 1;
    else return range.subset;
  }
  return null;
}

function fontFile(subset: number): Buffer {
  let bytes = fontFiles.get(subset);
  if (!bytes) {
    bytes = fs.readFileSync(path.join(fontPackageDir(), 'files', `noto-sans-jp-${subset}-400-normal.woff`));
    fontFiles.set(subset, bytes);
  }
  return bytes;
}

/** A stretch of text drawn with one font. */
export interface TextRun {
  text: string;
  font: PDFFont;
}

export interface DrawTextOptions {
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  /** Grey level 0 (black) to 1 (white). */
  grey?: number;
}

/**
 * The Japanese fonts of one PDF document: embeds subsets as text needs them (call `prepare` with the text first,
 * which is the only asynchronous step), then measures and draws text synchronously, split into runs by font.
 * Control characters (tabs, line feeds) are drawn as spaces; characters no subset covers become 〓.
 */
export class JapaneseFonts {
  private readonly embedded = new Map<number, PDFFont>();

  private constructor(private readonly doc: PDFDocument) {}

  static for(doc: PDFDocument): JapaneseFonts {
    doc.registerFontkit(fontkit);
    return new JapaneseFonts(doc);
  }

  /** Embeds every subset the texts need (each once per document). */
  async prepare(...texts: string[]): Promise<void> {
    const needed = new Set<number>();
    for (const text of texts) for (const char of clean(text)) needed.add(this.subsetFor(char));
    for (const subset of needed) {
      if (!this.embedded.has(subset)) {
        this.embedded.set(subset, await this.doc.embedFont(fontFile(subset), { subset: true }));
      }
    }
  }

  /** The text in runs of one font each; `prepare` must have seen the text. */
  runs(text: string): TextRun[] {
    const runs: TextRun[] = [];
    for (const char of clean(text)) {
      const font = this.embedded.get(this.subsetFor(char));
      if (!font) throw new Error(`font subset for ${JSON.stringify(char)} not prepared`);
      const last = runs.at(-1);
      if (last && last.font === font) last.text += char;
      else runs.push({ text: char, font });
    }
    return runs;
  }

  widthOf(text: string, size: number): number {
    return this.runs(text).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
  }

  draw(page: PDFPage, text: string, options: DrawTextOptions): void {
    const color = rgb(options.grey ?? 0, options.grey ?? 0, options.grey ?? 0);
    let x = options.x;
    for (const run of this.runs(text)) {
      page.drawText(run.text, { x, y: options.y, size: options.size, font: run.font, color });
      x += run.font.widthOfTextAtSize(run.text, options.size);
    }
  }

  private subsetFor(char: string): number {
    return fontSubsetOf(char.codePointAt(0)!)!;
  }
}

/** The characters as drawn: control characters as spaces, characters no subset covers as 〓. */
function clean(text: string): string[] {
  return Array.from(text.replace(/\p{Cc}/gu, ' ')).map((char) =>
    fontSubsetOf(char.codePointAt(0)!) === null ? MISSING_GLYPH : char,
  );
}
