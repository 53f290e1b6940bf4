import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { JapaneseFonts } from './japanese-fonts';
import { wrapLines } from './line-wrap';

/** A4 portrait in points. */
export const A4: [number, number] = [595.28, 841.89];

export interface JapanesePdfOptions {
  title?: string;
  author?: string;
  subject?: string;
  /** Creation and modification date in the metadata (defaults to now); fix it for reproducible files. */
  createdAt?: Date;
  pageSize?: [number, number];
  /** Margin on every side, in points (default 50). */
  margin?: number;
}

export type Align = 'left' | 'center' | 'right';

export interface TextOptions {
  /** Font size in points. */
  size?: number;
  align?: Align;
}

export type TableCell = string | { text: string; align?: Align; size?: number };

export interface TableOptions {
  /** Column widths in points; by default the content width shared equally. */
  columnWidths?: number[];
  /** Font size in points (default 9). */
  size?: number;
  /** How many leading rows are headers (shaded). */
  headerRows?: number;
  /** Height of a row at least, in points (for stamp boxes). */
  minRowHeight?: number;
  /** Space between a cell's border and its text, in points (default 4). */
  padding?: number;
}

export interface QrCodeOptions {
  /** Side of the printed code in points (default 72, one inch). */
  size?: number;
  align?: Align;
  /** A line printed under the code (the code itself in words, for reading it out). */
  caption?: string;
}

const LINE_HEIGHT = 1.5;

/**
 * A PDF written top to bottom with Japanese text: a cursor moves down the page as titles, paragraphs, tables and
 * QR codes are added, and a new page starts when the next block does not fit. Fonts are embedded as the text needs
 * them (see JapaneseFonts), so the file renders and its text extracts the same on any machine.
 */
export class JapanesePdf {
  private current: PDFPage;
  private y: number;

  private constructor(
    readonly doc: PDFDocument,
    readonly fonts: JapaneseFonts,
    private readonly pageSize: [number, number],
    readonly margin: number,
  ) {
    this.current = this.addPage();
    this.y = this.top;
  }

  static async create(options: JapanesePdfOptions = {}): Promise<JapanesePdf> {
    const doc = await PDFDocument.create();
    const at = options.createdAt ?? new Date();
    doc.setCreationDate(at);
    doc.setModificationDate(at);
    doc.setCreator('ringi');
    doc.setProducer('ringi (pdf-lib)');
    if (options.title) doc.setTitle(options.title);
    if (options.author) doc.setAuthor(options.author);
    if (options.subject) doc.setSubject(options.subject);
    return new JapanesePdf(doc, JapaneseFonts.for(doc), options.pageSize ?? A4, options.margin ?? 50);
  }

  get page(): PDFPage {
    return this.current;
  }

  /** Width between the margins. */
  get contentWidth(): number {
    return this.pageSize[0] - 2 * this.margin;
  }

  /** Where the next block starts (its top), in points from the bottom of the page. */
  get cursorY(): number {
    return this.y;
  }

  newPage(): void {
    this.current = this.addPage();
    this.y = this.top;
  }

  /** Moves the cursor down; starts a new page when that leaves the page. */
  space(points: number): void {
    this.y -= points;
    if (this.y < this.margin) this.newPage();
  }

  async title(text: string, options: TextOptions = {}): Promise<void> {
    await this.paragraph(text, { size: 16, align: 'center', ...options });
    this.space(6);
  }

  async heading(text: string, options: TextOptions = {}): Promise<void> {
    this.space(4);
    await this.paragraph(text, { size: 12, ...options });
  }

  /** Text wrapped to the content width; line feeds start new lines. */
  async paragraph(text: string, options: TextOptions = {}): Promise<void> {
    const size = options.size ?? 10.5;
    await this.fonts.prepare(text);
    for (const line of wrapLines(text, this.contentWidth, (t) => this.fonts.widthOf(t, size))) {
      this.ensureRoom(size * LINE_HEIGHT);
      const x = this.alignedX(line, size, options.align ?? 'left', this.margin, this.contentWidth);
      this.fonts.draw(this.current, line, { x, y: this.y - size, size });
      this.y -= size * LINE_HEIGHT;
    }
  }

  /** A grid of cells with borders; text wraps inside its cell, and a row that does not fit starts a new page. */
  async table(rows: TableCell[][], options: TableOptions = {}): Promise<void> {
    const size = options.size ?? 9;
    const padding = options.padding ?? 4;
    const columns = Math.max(0, ...rows.map((r) => r.length));
    if (columns === 0) return;
    const widths = options.columnWidths ?? Array<number>(columns).fill(this.contentWidth / columns);
    await this.fonts.prepare(...rows.flat().map((cell) => cellOf(cell).text));
    rows.forEach((row, rowIndex) => {
      const cells = row.map((cell, i) => {
        const { text, align, size: cellSize } = cellOf(cell);
        const fontSize = cellSize ?? size;
        const inner = widths[i] - 2 * padding;
        return { align, fontSize, lines: wrapLines(text, inner, (t) => this.fonts.widthOf(t, fontSize)) };
      });
      const height = Math.max(
        options.minRowHeight ?? 0,
        ...cells.map((c) => c.lines.length * c.fontSize * LINE_HEIGHT + 2 * padding),
      );
      this.ensureRoom(height);
      let x = this.margin;
      cells.forEach((cell, i) => {
        this.current.drawRectangle({
          x,
          y: this.y - height,
          width: widths[i],
          height,
          borderWidth: 0.7,
          borderColor: rgb(0, 0, 0),
          color: rowIndex < (options.headerRows ?? 0) ? rgb(0.92, 0.92, 0.92) : undefined,
        });
        cell.lines.forEach((line, n) => {
          const lineX = this.alignedX(line, cell.fontSize, cell.align ?? 'left', x + padding, widths[i] - 2 * padding);
          const baseline = this.y - padding - cell.fontSize - n * cell.fontSize * LINE_HEIGHT;
          this.fonts.draw(this.current, line, { x: lineX, y: baseline, size: cell.fontSize });
        });
        x += widths[i];
      });
      this.y -= height;
    });
    this.space(6);
  }

  /** A QR code of the text (a verification code or its address), with an optional caption under it. */
  async qrCode(text: string, options: QrCodeOptions = {}): Promise<void> {
    const side = options.size ?? 72;
    const png = await QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 4 });
    const image = await this.doc.embedPng(png);
    const captionSize = 7;
    if (options.caption) await this.fonts.prepare(options.caption);
    this.ensureRoom(side + (options.caption ? captionSize * LINE_HEIGHT : 0));
    const align = options.align ?? 'right';
    const x =
      align === 'left'
        ? this.margin
        : align === 'center'
          ? this.margin + (this.contentWidth - side) / 2
          : this.margin + this.contentWidth - side;
    this.current.drawImage(image, { x, y: this.y - side, width: side, height: side });
    this.y -= side;
    if (options.caption) {
      const width = this.fonts.widthOf(options.caption, captionSize);
      const captionX = Math.max(this.margin, Math.min(x + (side - width) / 2, this.margin + this.contentWidth - width));
      this.fonts.draw(this.current, options.caption, { x: captionX, y: this.y - captionSize, size: captionSize });
      this.y -= captionSize * LINE_HEIGHT;
    }
    this.space(6);
  }

  save(): Promise<Uint8Array> {
    return this.doc.save();
  }

  private get top(): number {
    return this.pageSize[1] - this.margin;
  }

  private addPage(): PDFPage {
    return this.doc.addPage(this.pageSize);
  }

  private ensureRoom(height: number): void {
    if (this.y - height < this.margin) this.newPage();
  }

  private alignedX(text: string, size: number, align: Align, left: number, width: number): number {
    if (align === 'left') return left;
    const free = width - this.fonts.widthOf(text, size);
    return left + (align === 'center' ? free / 2 : free);
  }
}

function cellOf(cell: TableCell): { text: string; align?: Align; size?: number } {
  return typeof cell === 'string' ? { text: cell } : cell;
}
