import { checkFeelSyntax, unwrapFeel } from './feel-syntax';

describe('unwrapFeel', () => {
  it.each([
    ['= amount > 500000', 'amount > 500000'],
    ['=approved', 'approved'],
    ['${approved}', 'approved'],
    ['${ clarified = "yes" }', 'clarified = "yes"'],
    ['  amount > 1  ', 'amount > 1'],
  ])('%j -> %j', (text, expression) => {
    expect(unwrapFeel(text)).toBe(expression);
  });
});

describe('checkFeelSyntax', () => {
  it.each([
    '= amount > 500000',
    '${approved}',
    'approved = true',
    'clarified = "yes"',
    'not(approved)',
    'amount >= 100 and category in ("A", "B")',
    'date(submittedOn) < date("2026-04-01")',
    'count(consultees) > 0',
  ])('accepts %j', (text) => {
    expect(checkFeelSyntax(text)).toEqual({ ok: true, expression: unwrapFeel(text) });
  });

  it.each([
    ['', 'the expression is empty'],
    ['=', 'the expression is empty'],
    ['${!approved}', 'unexpected "!approved" at character 1'],
    ["Service Level == 'Premium'", 'is not valid FEEL'],
    ['amount >', 'it ends unexpectedly'],
    ['bpmn:getDataObject("approved")', 'is not valid FEEL'],
    [`a = ${'1 + '.repeat(600)}1`, 'longer than 2000 characters'],
  ])('refuses %j', (text, message) => {
    expect(checkFeelSyntax(text)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });
});
