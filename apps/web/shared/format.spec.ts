import { formatDate, formatDateTime, formatTime, todayInJapan } from './format';

describe('和暦 and JST formatting', () => {
  it('writes a date in the current era', () => {
    expect(formatDate('2026-04-01T03:00:00Z')).toBe('令和8年4月1日');
  });

  it('uses the JST calendar day, not the UTC one', () => {
    expect(formatDate('2026-03-31T15:30:00Z')).toBe('令和8年4月1日');
  });

  it('names the era a date falls in', () => {
    expect(formatDate('2019-04-30T03:00:00Z')).toBe('平成31年4月30日');
  });

  it('writes times on the 24-hour JST clock', () => {
    expect(formatTime('2026-04-01T00:05:00Z')).toBe('09:05');
    expect(formatDateTime('2026-04-01T14:30:00Z')).toBe('令和8年4月1日 23:30');
  });
});

describe('todayInJapan', () => {
  it('gives the JST calendar day as the API writes dates', () => {
    expect(todayInJapan(new Date('2026-03-31T15:30:00Z'))).toBe('2026-04-01');
    expect(todayInJapan(new Date('2026-03-31T14:59:00Z'))).toBe('2026-03-31');
  });
});
