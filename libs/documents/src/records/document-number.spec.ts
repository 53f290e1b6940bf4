import { formatDocumentNumber } from './document-number';

describe('文書番号', () => {
  it.each([
    ['港総', 123, '港総第123号'],
    ['港道占', 1, '港道占第1号'],
  ])('%s and %i → %s', (symbol, sequence, number) => {
    expect(formatDocumentNumber(symbol, sequence)).toBe(number);
  });

  it.each([
    ['港総', 0],
    ['港総', 1.5],
    [' ', 1],
  ])('refuses %j %j', (symbol, sequence) => {
    expect(() => formatDocumentNumber(symbol, sequence)).toThrow(RangeError);
  });
});
