import { evaluateFeel, evaluateFeelCondition, feelCacheKey } from './feel';

describe('feelCacheKey', () => {
  const variables = { consultUnits: [3], viewers: null, title: '道路占用', 'due date': '2026-04-01' };

  it.each([
    [
      'reads the variables it names, in name order',
      'count(consultUnits) + count(viewers)',
      '[["consultUnits",[3]],["viewers",null]]',
    ],
    ['reads none when it names none', '1 + 2', '[]'],
    ['keeps a name with a space', 'due date > "2026"', '[["due date","2026-04-01"]]'],
  ])('%s', (_case, expression, read) => {
    expect(feelCacheKey(expression, variables)).toBe(`${expression}\u0000${read}`);
  });

  it.each([['now() > date and time("2026-01-01T00:00:00")'], ['today() = date("2026-11-24")'], ['string(today ())']])(
    'keeps nothing of %s: the clock answers differently each time',
    (expression) => {
      expect(feelCacheKey(expression, variables)).toBeNull();
    },
  );
});

describe('evaluateFeel with kept answers', () => {
  it('answers from the values it reads, whatever else the variables hold', () => {
    const expression = 'if consultUnits = null then 0 else count(consultUnits)';
    expect(evaluateFeel(expression, { consultUnits: [], other: 1 })).toBe(0);
    expect(evaluateFeel(expression, { consultUnits: [], other: 2 })).toBe(0);
    expect(evaluateFeel(expression, { consultUnits: [1, 2], other: 2 })).toBe(2);
    expect(evaluateFeel(expression, { consultUnits: null })).toBe(0);
    expect(evaluateFeel(expression, { consultUnits: [1, 2, 3] })).toBe(3);
  });

  it('gives a list as a new value each time, so no caller changes another one', () => {
    const first = evaluateFeel('[amount, 2]', { amount: 1 }) as number[];
    first.push(99);
    expect(evaluateFeel('[amount, 2]', { amount: 1 })).toEqual([1, 2]);
  });

  it('still refuses a condition that does not decide, with its warning, the second time too', () => {
    for (let i = 0; i < 2; i++) {
      expect(() => evaluateFeelCondition('amount > 10', {})).toThrow(
        'condition "amount > 10" evaluated to null, not true or false',
      );
    }
  });
});
