import { assessOvertime, monthsEndingWith, monthsOfFiscalYearUpTo, type OvertimeMonth } from './overtime-limits';

const h = (hours: number) => hours * 60;
const months = (entries: Record<string, number>): OvertimeMonth[] =>
  Object.entries(entries).map(([month, hours]) => ({ month, minutes: h(hours) }));
const levels = (findings: ReturnType<typeof assessOvertime>) => findings.map((f) => `${f.limit}:${f.level}`);

describe('時間外勤務の上限', () => {
  it.each([
    ['well within', { '2026-05': 10 }, []],
    ['36 hours warns (80% of 45)', { '2026-05': 36 }, ['monthly:warning']],
    ['exactly 45 hours is allowed', { '2026-05': 45 }, ['monthly:warning']],
    ['45 hours 1 minute exceeds', { '2026-05': 45 + 1 / 60 }, ['monthly:exceeded']],
    [
      'the year: 8 months of 44 hours reach 352 of 360',
      {
        '2025-10': 44,
        '2025-11': 44,
        '2025-12': 44,
        '2026-01': 44,
        '2026-02': 44,
        '2026-03': 44,
        '2026-04': 44,
        '2026-05': 44,
      },
      ['monthly:warning'],
    ],
  ])('normal section, %s', (_name, entries, expected) => {
    expect(levels(assessOvertime('normal', '2026-05', months(entries)))).toEqual(expected);
  });

  it('counts the fiscal year from April: March is last year, April starts again', () => {
    const year = months({
      '2025-04': 40,
      '2025-05': 40,
      '2025-06': 40,
      '2025-07': 40,
      '2025-08': 40,
      '2025-09': 40,
      '2025-10': 40,
      '2025-11': 40,
      '2026-03': 41,
    });
    expect(levels(assessOvertime('normal', '2026-03', year))).toEqual(['monthly:warning', 'yearly:exceeded']);
    expect(levels(assessOvertime('normal', '2026-04', [...year, { month: '2026-04', minutes: h(10) }]))).toEqual([]);
  });

  it.each([
    ['99 hours 59 minutes warns', { '2026-05': 99 + 59 / 60 }, ['monthly:warning']],
    ['100 hours exceeds (under 100 is the rule)', { '2026-05': 100 }, ['monthly:exceeded']],
    ['a 2-month average of 80 is allowed', { '2026-04': 80, '2026-05': 80 }, ['monthly:warning', 'average:warning']],
    ['a 2-month average of 80.5 exceeds', { '2026-04': 81, '2026-05': 80 }, ['monthly:warning', 'average:exceeded']],
    [
      'a 6-month average over 80 exceeds even when every 2–5 month average is lower',
      { '2025-12': 95, '2026-01': 95, '2026-02': 75, '2026-03': 75, '2026-04': 75, '2026-05': 75 },
      ['average:exceeded'],
    ],
  ])('他律的業務, %s', (_name, entries, expected) => {
    expect(levels(assessOvertime('otherDirected', '2026-05', months(entries)))).toEqual(expected);
  });

  it('他律的業務: more than six months over 45 hours in a fiscal year exceeds', () => {
    const entries = months({
      '2026-04': 50,
      '2026-05': 50,
      '2026-06': 50,
      '2026-07': 50,
      '2026-08': 50,
      '2026-09': 50,
      '2026-10': 50,
    });
    const findings = assessOvertime('otherDirected', '2026-10', entries);
    expect(findings.find((f) => f.limit === 'monthsOver45')).toMatchObject({ level: 'exceeded', value: 7, max: 6 });
    expect(findings.find((f) => f.limit === 'yearly')).toBeUndefined();
  });

  it('names the average span and gives Japanese messages', () => {
    const [average] = assessOvertime('otherDirected', '2026-05', months({ '2026-04': 90, '2026-05': 90 })).filter(
      (f) => f.limit === 'average',
    );
    expect(average).toMatchObject({
      span: 2,
      value: h(90),
      max: h(80),
      message: '2〜6か月平均80時間の上限を超えています',
    });
  });

  it.each([
    ['2026-05', ['2026-04', '2026-05']],
    ['2026-04', ['2026-04']],
    [
      '2027-02',
      [
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
        '2026-08',
        '2026-09',
        '2026-10',
        '2026-11',
        '2026-12',
        '2027-01',
        '2027-02',
      ],
    ],
  ])('fiscal months up to %s', (month, expected) => {
    expect(monthsOfFiscalYearUpTo(month)).toEqual(expected);
  });

  it('months ending with a month cross the calendar year', () => {
    expect(monthsEndingWith('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
