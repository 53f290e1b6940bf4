import { extractText, getDocumentProxy } from 'unpdf';

/** More than this many characters of a PDF's text are not kept (a search index is not an archive). */
export const MAX_PDF_TEXT = 200_000;

/**
 * The text layer of a PDF, pages joined by line feeds; '' for a scan without text, or for a file pdf.js cannot
 * read. pdf.js runs without its console warnings.
 */
export async function extractPdfText(content: Uint8Array): Promise<string> {
  try {
    const pdf = await getDocumentProxy(new Uint8Array(content), { verbosity: 0 });
    const { text } = await extractText(pdf, { mergePages: false });
    return text.join('\n').slice(0, MAX_PDF_TEXT);
  } catch {
    return '';
  }
}
