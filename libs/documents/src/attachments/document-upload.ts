import { sanitiseUpload, uploadFileName } from '@ringi/platform';

/**
 * What a document attachment may be. JSON carries it as Base64 (the DTO allows 1,000,000 characters, about
 * 750 KB); the file itself may be at most this large, so the refusal names a limit the clerk can act on.
 */
export const MAX_DOCUMENT_ATTACHMENT_BYTES = 700 * 1024;

export type DocumentAttachmentKind = 'pdf' | 'png' | 'jpeg' | 'docx' | 'xlsx';

export type CheckedAttachment =
  | {
      readonly ok: true;
      readonly kind: DocumentAttachmentKind;
      readonly name: string;
      readonly mediaType: string;
      readonly content: Buffer;
      /** reencoded (images), checked (PDF: no active content), as-is (Office: content type checked, not cleaned). */
      readonly treatment: 'reencoded' | 'checked' | 'as-is';
    }
  | { readonly ok: false; readonly message: string };

const OOXML = {
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    main: 'word/document.xml',
  },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', main: 'xl/workbook.xml' },
} as const;

const ALLOWED = 'PDF・JPEG・PNG・Word（.docx）・Excel（.xlsx）';

/**
 * 無害化 of a document attachment before anyone on LGWAN can open it; the type is decided by the content, never by
 * the name or the declared media type (which is ignored; the stored one is what the content is).
 *
 * - PDF, JPEG, PNG go through the shared `sanitiseUpload`: PDFs with active content (JavaScript, launch actions,
 *   embedded files…) are refused, since it cannot clean them; images are decoded and encoded again.
 * - Word and Excel: drafts often carry a 別紙 as .docx / .xlsx, so they are accepted, but the sanitiser cannot
 *   clean Office files. They are accepted only as they are, and only when the content really is an Office Open
 *   XML package (zip signature, `[Content_Types].xml`, the main part of a Word document or an Excel workbook)
 *   with no macros (`vbaProject.bin`, macro-enabled content types), no embedded objects (`embeddings/`, OLE or
 *   ActiveX parts, which may carry executables) and no external links (`externalLinks/`). Macros cannot live in
 *   a .docx/.xlsx that passes this check.
 * - The old binary formats (.doc / .xls, OLE compound files) are refused: their macros and embedded objects
 *   cannot be ruled out without a full parser, and every current Office saves .docx / .xlsx.
 * - Executables, scripts, archives, text and everything else are refused.
 */
export function checkDocumentAttachment(name: string, content: Buffer): CheckedAttachment {
  if (content.length === 0) return refuse('空のファイルは添付できません。');
  if (content.length > MAX_DOCUMENT_ATTACHMENT_BYTES) {
    return refuse(
      `ファイルが大きすぎます（${Math.ceil(content.length / 1024)} KB、上限 ${MAX_DOCUMENT_ATTACHMENT_BYTES / 1024} KB）。`,
    );
  }
  if (isExecutable(content)) {
    return refuse(
      '実行ファイル（プログラム）は添付できません。ファイル名の拡張子ではなく中身で判定しています。' +
        `添付できるのは ${ALLOWED} です。`,
    );
  }
  if (content.subarray(0, 8).equals(OLE_SIGNATURE)) {
    return refuse(
      '古い形式の Word・Excel ファイル（.doc・.xls）は、マクロ等を確認できないため添付できません。' +
        '.docx・.xlsx または PDF で保存し直してください。',
    );
  }
  if (content.subarray(0, 4).equals(ZIP_SIGNATURE)) return checkOffice(name, content);
  const sanitised = sanitiseUpload(content);
  if (!sanitised.ok) {
    // The shared message lists only PDF/JPEG/PNG; documents also take Word and Excel.
    return refuse(
      sanitised.message.startsWith('添付できるのは')
        ? `この種類のファイルは添付できません。添付できるのは ${ALLOWED} です（ファイルの中身で判定しています）。`
        : sanitised.message,
    );
  }
  return {
    ok: true,
    kind: sanitised.kind,
    name: uploadFileName(name, sanitised.kind),
    mediaType: sanitised.mediaType,
    content: sanitised.content,
    treatment: sanitised.treatment,
  };
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Windows PE (MZ), ELF, Mach-O and shell scripts (#!). */
function isExecutable(content: Buffer): boolean {
  const head = content.subarray(0, 4);
  return (
    head.subarray(0, 2).toString('latin1') === 'MZ' ||
    head.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46])) ||
    [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(
      content.length >= 4 ? head.readUInt32BE(0) : 0,
    ) ||
    head.subarray(0, 2).toString('latin1') === '#!'
  );
}

function checkOffice(name: string, content: Buffer): CheckedAttachment {
  const entries = zipEntryNames(content);
  if (!entries) return refuse('ファイルが壊れているか、読み取れない形式です。');
  const kind = !entries.includes('[Content_Types].xml')
    ? null
    : entries.includes(OOXML.docx.main)
      ? 'docx'
      : entries.includes(OOXML.xlsx.main)
        ? 'xlsx'
        : null;
  if (!kind) {
    return refuse(
      `ZIP などの圧縮ファイルは添付できません。添付できるのは ${ALLOWED} です（ファイルの中身で判定しています）。`,
    );
  }
  const active = entries.find((entry) =>
    /(^|\/)vbaProject\.bin$|(^|\/)vbaData\.xml$|\/embeddings\/|\/activeX\/|(^|\/)externalLinks\/|\.(bin|exe|dll|js|vbs)$/i.test(
      entry,
    ),
  );
  if (active) {
    return refuse(
      `マクロ・埋め込みオブジェクト・外部リンクを含む Word・Excel ファイルは添付できません（${active}）。` +
        '内容だけのファイルとして保存し直すか、PDF にしてください。',
    );
  }
  const base = uploadFileName(name, 'pdf').replace(/\.pdf$/, '');
  return { ok: true, kind, name: `${base}.${kind}`, mediaType: OOXML[kind].mediaType, content, treatment: 'as-is' };
}

/** The names in a zip file's central directory, or null when it is not a readable zip. */
function zipEntryNames(content: Buffer): string[] | null {
  // End of central directory: within the last 64 KB + 22 bytes (the comment is at most 65,535 bytes).
  const from = Math.max(0, content.length - 65_557);
  let end = -1;
  for (let i = content.length - 22; i >= from; i--) {
    if (content.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = content.readUInt16LE(end + 10);
  let offset = content.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > content.length || content.readUInt32LE(offset) !== 0x02014b50) return null;
    const nameLength = content.readUInt16LE(offset + 28);
    const extraLength = content.readUInt16LE(offset + 30);
    const commentLength = content.readUInt16LE(offset + 32);
    names.push(content.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function refuse(message: string): CheckedAttachment {
  return { ok: false, message };
}
