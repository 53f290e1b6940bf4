import { JapanesePdf, warekiDate } from '@ringi/platform';
import type { FeeQuote, FeeUnit } from '../fees/occupancy-fee';
import type { PermitCondition } from '../review/review-records';

/** What a 道路占用許可書 states. */
export interface PermitFacts {
  permitNumber: string;
  permittedAt: Date;
  holderName: string;
  holderAddress: string | null;
  categoryName: string;
  quantity: number;
  unit: FeeUnit;
  address: string;
  roadName: string;
  periodFrom: string;
  periodTo: string;
  fee: FeeQuote | null;
  conditions: readonly PermitCondition[];
  verificationCode: string;
  /** Where anyone checks the permit: the public verification page when its base URL is set, else its path. */
  verificationUrl: string;
  /** Who grants it, e.g. みなと市長. */
  issuer: string;
  /**
   * For a 廃止: the number of the permit it ends. The document then acknowledges the end on the day it is
   * permitted instead of permitting an occupation, and charges nothing.
   */
  endsPermitNumber?: string | null;
}

export const UNIT_LABELS: Record<FeeUnit, string> = { pole: '本', metre: 'm', squareMetre: 'm²' };

/** The full-width space of Japanese documents (様 after the name, between a condition's number and text). */
const IDEOGRAPHIC_SPACE = '\u3000';

/** The verification page of a code: absolute under the public base URL when it is configured. */
export function verificationUrlOf(publicBaseUrl: string | null, code: string): string {
  return `${publicBaseUrl ?? ''}/verify/${code}`;
}

/** 道路占用許可書, or for a 廃止 the 道路占用廃止許可書 that acknowledges the end. */
export function permitDocumentName(ending: boolean): string {
  return ending ? '道路占用廃止許可書' : '道路占用許可書';
}

const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;

/** The permit as a PDF (not yet signed): 番号, holder, place, period, object, fee, 許可条件 and the code. */
export async function renderPermit(facts: PermitFacts): Promise<Uint8Array> {
  const ends = facts.endsPermitNumber ?? null;
  const name = permitDocumentName(ends !== null);
  const pdf = await JapanesePdf.create({
    title: `${name} ${facts.permitNumber}`,
    author: facts.issuer,
    subject: ends ? '道路占用の廃止' : '道路占用許可',
    createdAt: facts.permittedAt,
  });
  await pdf.paragraph(facts.permitNumber, { align: 'right' });
  await pdf.paragraph(warekiDate(facts.permittedAt), { align: 'right' });
  pdf.space(8);
  await pdf.paragraph(`${facts.holderName}${IDEOGRAPHIC_SPACE}様`);
  await pdf.paragraph(facts.issuer, { align: 'right' });
  pdf.space(8);
  await pdf.title(name);
  await pdf.paragraph(
    ends
      ? `${ends}で許可した道路の占用について、次のとおり廃止を許可します。`
      : '道路法第32条第1項の規定により、次のとおり道路の占用を許可します。',
  );
  pdf.space(4);
  await pdf.table(
    [
      ['占用者', [facts.holderName, facts.holderAddress].filter(Boolean).join('\n')],
      ['占用の場所', `${facts.address}（${facts.roadName}）`],
      [
        '占用物件',
        `${facts.categoryName}${IDEOGRAPHIC_SPACE}${facts.quantity.toLocaleString('ja-JP')}${UNIT_LABELS[facts.unit]}`,
      ],
      ...(ends
        ? [
            ['廃止する許可', ends],
            ['廃止の日', warekiDate(facts.permittedAt)],
            ['占用料', 'なし'],
          ]
        : [
            ['占用の期間', `${warekiDate(facts.periodFrom)}から${warekiDate(facts.periodTo)}まで`],
            ['占用料', facts.fee ? feeText(facts.fee) : '—'],
          ]),
    ],
    { columnWidths: [90, pdf.contentWidth - 90], size: 10 },
  );
  await pdf.heading('許可条件');
  if (facts.conditions.length === 0) await pdf.paragraph('なし');
  for (const [i, condition] of facts.conditions.entries())
    await pdf.paragraph(`${i + 1}${IDEOGRAPHIC_SPACE}${condition.text}`);
  pdf.space(12);
  await pdf.paragraph(`確認コード：${facts.verificationCode}`);
  const where = facts.verificationUrl.startsWith('/')
    ? '確認コードで市のホームページ（/verify）'
    : `次のアドレス（${facts.verificationUrl}）`;
  await pdf.paragraph(`この許可書が真正で有効かは、${where}から確かめられます。`, { size: 8 });
  await pdf.qrCode(facts.verificationUrl, { caption: facts.verificationCode });
  return pdf.save();
}

function feeText(fee: FeeQuote): string {
  const years = fee.fiscalYears.map(
    (fy) =>
      `${fy.fiscalYear}年度 ${fy.months}月 単価${yen(fy.unitPrice)}×${fy.quantity} ${yen(fy.yen)}` +
      (fy.exemptionYen > 0 ? `（減免 ${yen(fy.exemptionYen)}）` : ''),
  );
  return [`合計 ${yen(fee.totalYen)}`, ...years].join('\n');
}
