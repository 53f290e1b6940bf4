import path from 'node:path';
import { inflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

/** Applicants' files are at most this large. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Images larger than this many pixels are refused before decoding them (decompression bombs). */
const MAX_PIXELS = 40_000_000;

export type UploadKind = 'pdf' | 'png' | 'jpeg';

export type SanitisedUpload =
  | {
      readonly ok: true;
      readonly kind: UploadKind;
      readonly mediaType: string;
      readonly content: Buffer;
      readonly treatment: 'reencoded' | 'checked';
    }
  | { readonly ok: false; readonly message: string };

const MEDIA_TYPES: Record<UploadKind, string> = { pdf: 'application/pdf', png: 'image/png', jpeg: 'image/jpeg' };

/**
 * PDF active content that must not reach LGWAN: scripts, actions that run or launch something, embedded files,
 * forms that submit, rich media. Names are compared after #xx escapes are decoded (/J#61vaScript).
 */
const ACTIVE_PDF_NAMES = [
  '/JavaScript',
  '/JS',
  '/Launch',
  '/EmbeddedFile',
  '/EmbeddedFiles',
  '/OpenAction',
  '/AA',
  '/RichMedia',
  '/XFA',
  '/SubmitForm',
  '/ImportData',
  '/GoToR',
  '/GoToE',
];

/**
 * 無害化: what the file is, decided by its content, never by its name; PDFs with active content are refused;
 * images are decoded and encoded again, which drops metadata and anything hidden after or inside them.
 */
export function sanitiseUpload(content: Buffer): SanitisedUpload {
  if (content.length === 0) return refuse('空のファイルは添付できません。');
  if (content.length > MAX_UPLOAD_BYTES)
    return refuse(`ファイルが大きすぎます（上限 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB）。`);
  const kind = sniff(content);
  if (!kind) return refuse('添付できるのは PDF・JPEG・PNG のファイルだけです（ファイルの中身で判定しています）。');
  try {
    if (kind === 'pdf') {
      const found = activePdfContent(content);
      return found
        ? refuse(
            `有害な可能性のある内容（${found}）を含む PDF は受け付けられません。内容を印刷して PDF にし直してください。`,
          )
        : { ok: true, kind, mediaType: MEDIA_TYPES.pdf, content, treatment: 'checked' };
    }
    return {
      ok: true,
      kind,
      mediaType: MEDIA_TYPES[kind],
      content: kind === 'png' ? reencodePng(content) : reencodeJpeg(content),
      treatment: 'reencoded',
    };
  } catch {
    return refuse('ファイルが壊れているか、読み取れない形式です。');
  }
}

function sniff(content: Buffer): UploadKind | null {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'jpeg';
  return null;
}

/** The first active-content name in the file or in any of its deflated streams, or null. */
function activePdfContent(content: Buffer): string | null {
  const texts = [content.toString('latin1')];
  const streams = /stream\r?\n/g;
  for (let match = streams.exec(texts[0]); match; match = streams.exec(texts[0])) {
    const start = match.index + match[0].length;
    const end = texts[0].indexOf('endstream', start);
    if (end < 0) break;
    try {
      texts.push(inflateSync(content.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (images, other filters): nothing to inspect inside.
    }
  }
  for (const text of texts) {
    const names = new Set(
      (text.match(/\/[^\s/<>[\]()%{}]+/g) ?? []).map((name) =>
        name.replace(/#([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      ),
    );
    const found = ACTIVE_PDF_NAMES.find((name) => names.has(name));
    if (found) return found.slice(1);
  }
  return null;
}

function reencodePng(content: Buffer): Buffer {
  const width = content.readUInt32BE(16);
  const height = content.readUInt32BE(20);
  if (width * height > MAX_PIXELS) throw new RangeError('too many pixels');
  // Bytes after the IEND chunk are no part of the image; they go before decoding.
  const iend = content.indexOf(Buffer.from('IEND', 'latin1'));
  const image = iend > 0 ? content.subarray(0, iend + 8) : content;
  return PNG.sync.write(PNG.sync.read(image));
}

function reencodeJpeg(content: Buffer): Buffer {
  const image = jpeg.decode(content, {
    maxResolutionInMP: MAX_PIXELS / 1_000_000,
    maxMemoryUsageInMB: 512,
    useTArray: true,
  });
  return Buffer.from(jpeg.encode({ data: image.data, width: image.width, height: image.height }, 90).data);
}

function refuse(message: string): SanitisedUpload {
  return { ok: false, message };
}

/** The name an upload is shown and downloaded under: the uploader's base name, the extension of what it really is. */
export function uploadFileName(original: string, kind: UploadKind): string {
  const base = [...path.basename(original).replace(/\.[^.]*$/, '')]
    .map((c) => (c.charCodeAt(0) < 0x20 || '<>:"/\\|?*'.includes(c) ? '_' : c))
    .join('')
    .slice(0, 200);
  return `${base || 'attachment'}.${kind === 'jpeg' ? 'jpg' : kind}`;
}
