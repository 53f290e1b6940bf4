import iconv from 'iconv-lite';
import { decodeCsv, historicPermitOf, readHistoricCsv, type CsvRow } from './historic-csv';

const HEADER = '許可番号,許可日,区分コード,占用者,占用者住所,連絡先,場所,路線名,位置,数量,始期,終期,項目,PDFファイル名';
const GOOD =
  '港道占第5号,2025-06-01,pole-1,沖縄電力,みなと市港町3丁目,098,みなと市港町1丁目,市道港町1号線,"{""type"":""Point"",""coordinates"":[127.681,26.212]}",2,2025-07-01,2035-03-31,"{""height"":10}",scan-5.pdf';

describe('reading the historic permits CSV', () => {
  it.each<[string, Buffer]>([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${HEADER}\n${GOOD}`)])],
    ['UTF-8 without BOM', Buffer.from(`${HEADER}\r\n${GOOD}\r\n`)],
    ['Shift_JIS', iconv.encode(`${HEADER}\r\n${GOOD}\r\n`, 'Shift_JIS')],
  ])('decodes %s', (_name, bytes) => {
    const [row] = readHistoricCsv(bytes);
    expect(row.rowNumber).toBe(2);
    expect(row.cells).toMatchObject({ permitNumber: '港道占第5号', holderName: '沖縄電力', fileName: 'scan-5.pdf' });
  });

  it('keeps Japanese text of a Shift_JIS file intact', () => {
    expect(decodeCsv(iconv.encode('道路占用', 'Shift_JIS'))).toBe('道路占用');
  });

  it.each<[string, string, string]>([
    ['a missing column', '許可番号,許可日', '「区分コード」'],
    ['an unclosed quote', `${HEADER}\n"港道占第5号,2025`, 'CSVとして読めません'],
    ['an empty file', '', 'CSVが空です'],
  ])('refuses the whole file for %s', (_name, text, message) => {
    expect(() => readHistoricCsv(Buffer.from(text))).toThrow(message);
  });
});

describe('a row as a historic permit', () => {
  const row = (changes: Partial<CsvRow['cells']>): CsvRow => ({
    rowNumber: 3,
    cells: { ...readHistoricCsv(Buffer.from(`${HEADER}\n${GOOD}`))[0].cells, ...changes },
  });

  it('reads the number’s symbol and sequence, the quantity and the JSON cells', () => {
    expect(historicPermitOf(row({}))).toEqual({
      permit: expect.objectContaining({
        rowNumber: 3,
        symbol: '港道占',
        sequence: 5,
        quantity: 2,
        geometry: { type: 'Point', coordinates: [127.681, 26.212] },
        fields: { height: 10 },
      }),
    });
  });

  it.each<[string, Partial<CsvRow['cells']>, string]>([
    ['a number without its symbol', { permitNumber: '第5号' }, '港道占第123号'],
    ['a number 0', { permitNumber: '港道占第0号' }, '港道占第123号'],
    ['an impossible date', { permittedOn: '2025-02-30' }, '許可日「2025-02-30」'],
    ['a date in another form', { periodTo: '2035/03/31' }, '終期「2035/03/31」'],
    ['a quantity that is not a number', { quantity: '二本' }, '数量「二本」'],
    ['a zero quantity', { quantity: '0' }, '数量「0」'],
    ['a place that is not JSON', { geometry: '127.68,26.21' }, '位置はGeoJSON'],
    ['fields that are a list', { fields: '[1]' }, '項目は'],
    ['no holder', { holderName: '' }, '占用者が空です'],
    ['no PDF', { fileName: '' }, 'PDFファイル名が空です'],
  ])('reports %s', (_name, changes, message) => {
    const result = historicPermitOf(row(changes));
    expect('problems' in result && result.problems.join('\n')).toContain(message);
  });
});
