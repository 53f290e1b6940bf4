import { JapanesePdf, warekiDate, type TableCell } from '@ringi/platform';

/** One box of the 決裁欄: the step, and once someone acted, in what capacity, who, in which post, and when. */
export interface StampBox {
  /** The step as the route names it (起案, 係長, 合議, 課長…). */
  step: string;
  /** 起案, 承認, 専決, 決裁, 代決, 後閲, 引上げ, 合議, 供覧, 却下, 差戻し; null while nobody has acted. */
  capacity: string | null;
  name: string | null;
  /** 職名 of the actor on the day they acted (総務課 課長). */
  post: string | null;
  at: Date | null;
}

/** Everything the decided document's PDF shows, already in words. */
export interface DecidedDocumentFacts {
  docNumber: string | null;
  title: string;
  body: string;
  drafter: string;
  draftedOn: string;
  decidedAt: Date;
  recordFile: string;
  retention: string;
  disclosure: string;
  decisionClass: string;
  stamps: StampBox[];
  attachments: Array<{ name: string; version: number; sha256: string }>;
  decidedSha256: string;
  /** Set on the copy that goes out (施行): when and how. */
  dispatch?: { at: Date; method: string };
}

const STAMPS_PER_ROW = 6;
/** 全角スペース between a label and its value. */
const GAP = '\u3000';

/** The text of one stamp box, line by line, as printed and as read back from the PDF. */
export function stampText(stamp: StampBox): string {
  if (!stamp.capacity) return '（未処理）';
  return [`【${stamp.capacity}】`, stamp.name ?? '', stamp.post ?? '', stamp.at ? warekiDate(stamp.at) : '']
    .filter(Boolean)
    .join('\n');
}

/**
 * The decided document (決裁文書) as a PDF: number and dates, the 決裁欄 with every step's stamp, the record
 * particulars, the 伺い文, the attachments by version and hash, and the decided version's sha256 with a QR code
 * of it, so a reader can compare the paper with the audit trail.
 */
export async function renderDecidedDocument(facts: DecidedDocumentFacts, createdAt: Date): Promise<Uint8Array> {
  const pdf = await JapanesePdf.create({
    title: `${facts.docNumber ?? ''} ${facts.title}`.trim(),
    author: facts.drafter,
    subject: '決裁文書',
    createdAt,
  });
  await pdf.paragraph(
    [
      `文書番号${GAP}${facts.docNumber ?? '（番号なし）'}`,
      `起案日${GAP}${warekiDate(facts.draftedOn)}`,
      `決裁日${GAP}${warekiDate(facts.decidedAt)}`,
      ...(facts.dispatch ? [`施行日${GAP}${warekiDate(facts.dispatch.at)}（${facts.dispatch.method}）`] : []),
    ].join('\n'),
    { align: 'right', size: 9.5 },
  );
  await pdf.title(facts.title);
  await pdf.heading('決裁欄');
  for (let i = 0; i < facts.stamps.length; i += STAMPS_PER_ROW) {
    const row = facts.stamps.slice(i, i + STAMPS_PER_ROW);
    const width = pdf.contentWidth / STAMPS_PER_ROW;
    await pdf.table(
      [
        row.map((s): TableCell => ({ text: s.step, align: 'center' })),
        row.map((s): TableCell => ({ text: stampText(s), align: 'center', size: 8 })),
      ],
      { headerRows: 1, columnWidths: row.map(() => width), minRowHeight: 20 },
    );
  }
  await pdf.table(
    [
      ['件名', facts.title],
      ['起案者', facts.drafter],
      ['簿冊', facts.recordFile],
      ['保存期間', facts.retention],
      ['公開区分', facts.disclosure],
      ['決裁区分', facts.decisionClass],
    ],
    { columnWidths: [90, pdf.contentWidth - 90], size: 9.5 },
  );
  await pdf.heading('伺い文');
  await pdf.paragraph(facts.body || '（本文なし）');
  if (facts.attachments.length > 0) {
    await pdf.heading('添付ファイル');
    await pdf.table(
      [['名称', '版', 'SHA-256'], ...facts.attachments.map((a) => [a.name, `第${a.version}版`, a.sha256])],
      { headerRows: 1, columnWidths: [190, 45, pdf.contentWidth - 235], size: 8 },
    );
  }
  await pdf.heading('決裁版の確認');
  await pdf.paragraph(`決裁版の SHA-256（監査証跡に記録された値）\n${facts.decidedSha256}`, { size: 8 });
  await pdf.qrCode(`ringi-decided:${facts.docNumber ?? ''}:${facts.decidedSha256}`, { size: 64 });
  return pdf.save();
}
