import { JapanesePdf, warekiDate } from '@ringi/platform';

/** What a 納付書 states for one bill. */
export interface SlipFacts {
  billNumber: string;
  payerName: string;
  payerAddress: string | null;
  permitNumber: string | null;
  fiscalYear: number;
  amountYen: number;
  dueDate: string;
  /** The city's account the bank pays into. */
  payeeAccount: string;
  issuedAt: Date;
}

/** 納付書 of a bill: the payer takes it to a bank or convenience store; the receipt number comes back on it. */
export async function renderPaymentSlip(facts: SlipFacts): Promise<Uint8Array> {
  const pdf = await JapanesePdf.create({
    title: `道路占用料 納付書 ${facts.billNumber}`,
    subject: '納付書',
    createdAt: facts.issuedAt,
  });
  await pdf.title('道路占用料 納付書');
  await pdf.paragraph(`発行日 ${warekiDate(facts.issuedAt)}`, { align: 'right' });
  await pdf.table(
    [
      ['納付番号', facts.billNumber],
      ['納付者', [facts.payerName, facts.payerAddress].filter(Boolean).join('\n')],
      ['科目', `${facts.fiscalYear}年度 道路占用料${facts.permitNumber ? `（${facts.permitNumber}）` : ''}`],
      ['納付金額', `${facts.amountYen.toLocaleString('ja-JP')}円`],
      ['納期限', warekiDate(facts.dueDate)],
      ['納入先', facts.payeeAccount],
    ],
    { columnWidths: [90, pdf.contentWidth - 90], size: 11 },
  );
  await pdf.paragraph('上記の金額を納期限までに納付してください。納期限を過ぎると督促状が送られます。', { size: 9 });
  await pdf.qrCode(facts.billNumber, { caption: facts.billNumber, align: 'left' });
  return pdf.save();
}
