import { isValidMyNumber, myNumberCheckDigit } from './my-number-check-digit';

describe('個人番号 check digit', () => {
  it.each([
    ['12345678901', 8],
    ['00000000000', 0],
    ['11111111111', 8],
    ['98765432109', 3],
  ])('check digit of %s is %i', (first11, digit) => {
    expect(myNumberCheckDigit(first11)).toBe(digit);
  });

  it.each([
    ['123456789018', true],
    ['123456789017', false],
    ['12345678901', false],
    ['1234567890188', false],
    ['12345678901a', false],
  ])('%s valid: %s', (value, valid) => {
    expect(isValidMyNumber(value)).toBe(valid);
  });
});
