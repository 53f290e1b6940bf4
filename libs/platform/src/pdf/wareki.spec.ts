import { warekiDate } from './wareki';

describe('warekiDate', () => {
  it.each([
    ['2026-04-06', '令和8年4月6日'],
    ['2019-05-01', '令和元年5月1日'],
    ['2019-04-30', '平成31年4月30日'],
    [new Date('2026-03-31T15:00:00Z'), '令和8年4月1日'],
    [new Date('2026-03-31T14:59:59Z'), '令和8年3月31日'],
  ])('%p is %s', (date, expected) => {
    expect(warekiDate(date)).toBe(expected);
  });
});
