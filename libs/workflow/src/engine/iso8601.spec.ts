import { addIsoDuration, parseIsoCycle, parseIsoDateTime, parseIsoDuration } from './iso8601';
import { parseTimerSpec, scheduleTimer } from './timer-schedule';

describe('parseIsoDuration', () => {
  it.each([
    ['P3D', { days: 3 }],
    ['PT4H', { hours: 4 }],
    ['P1Y2M3DT4H5M6S', { years: 1, months: 2, days: 3, hours: 4, minutes: 5, seconds: 6 }],
    ['P1W', { weeks: 1 }],
    ['P1W2D', { weeks: 1, days: 2 }],
    ['PT1.5H', { hours: 1.5 }],
    ['PT1,5H', { hours: 1.5 }],
    ['P0D', {}],
  ])('%s', (text, parts) => {
    expect(parseIsoDuration(text)).toEqual({
      years: 0,
      months: 0,
      weeks: 0,
      days: 0,
      hours: 0,
      minutes: 0,
      seconds: 0,
      ...parts,
    });
  });

  it.each(['', 'P', 'PT', 'P1DT', '3D', 'P-1D', 'p3d', 'P1.5DT2H', 'P1.5M', 'PT1H ', 'P1H'])('refuses %j', (text) => {
    expect(parseIsoDuration(text)).toBeNull();
  });
});

describe('parseIsoDateTime', () => {
  it.each([
    ['2026-04-01T09:00:00+09:00', '2026-04-01T00:00:00.000Z'],
    ['2026-04-01T09:00:00Z', '2026-04-01T09:00:00.000Z'],
    ['2026-04-01T09:00:00', '2026-04-01T00:00:00.000Z'],
    ['2026-04-01T09:00', '2026-04-01T00:00:00.000Z'],
    ['2026-04-01', '2026-03-31T15:00:00.000Z'],
    ['2026-04-01T09:00:00.250-05:00', '2026-04-01T14:00:00.250Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
  ])('%s (no offset means JST)', (text, iso) => {
    expect(parseIsoDateTime(text)?.toISOString()).toBe(iso);
  });

  it.each([
    '',
    '2026-13-01',
    '2026-02-29',
    '2026-04-01T24:00',
    '2026-04-01T09:60',
    '2026/04/01',
    'tomorrow',
    '2026-04-01T09:00+15:00',
  ])('refuses %j', (text) => {
    expect(parseIsoDateTime(text)).toBeNull();
  });
});

describe('parseIsoCycle', () => {
  it.each([
    ['R3/PT1H', 3, null],
    ['R/P1D', null, null],
    ['R6/P1D', 6, null],
    ['R2/2026-04-01T09:00:00+09:00/P1D', 2, '2026-04-01T00:00:00.000Z'],
  ])('%s', (text, repeat, start) => {
    const cycle = parseIsoCycle(text);
    expect(cycle?.repeat).toBe(repeat);
    expect(cycle?.start?.toISOString() ?? null).toBe(start);
  });

  it.each(['', 'PT1H', 'R0/PT1H', 'R3', 'R3/', 'R3/PT1H/2026-04-01', 'R3/x/PT1H', '0 0 9 * * ?'])(
    'refuses %j',
    (text) => {
      expect(parseIsoCycle(text)).toBeNull();
    },
  );
});

describe('addIsoDuration', () => {
  it.each([
    ['2026-01-31T10:00:00+09:00', 'P1M', '2026-02-28T10:00:00+09:00'],
    ['2026-03-31T23:30:00+09:00', 'P1M', '2026-04-30T23:30:00+09:00'],
    ['2026-04-01T09:00:00+09:00', 'P1Y', '2027-04-01T09:00:00+09:00'],
    ['2026-04-01T09:00:00+09:00', 'P1DT2H', '2026-04-02T11:00:00+09:00'],
  ])('%s + %s', (start, duration, expected) => {
    expect(addIsoDuration(new Date(start), parseIsoDuration(duration)!).toISOString()).toBe(
      new Date(expected).toISOString(),
    );
  });
});

describe('timer schedules', () => {
  const now = new Date('2026-04-01T09:00:00+09:00');

  it.each([
    ['timeDuration', 'PT1H', '2026-04-01T10:00:00+09:00', undefined],
    ['timeDuration', ' P7D ', '2026-04-08T09:00:00+09:00', undefined],
    ['timeDate', '2026-05-01T09:00:00+09:00', '2026-05-01T09:00:00+09:00', undefined],
    ['timeDate', '2026-03-01T09:00:00+09:00', '2026-03-01T09:00:00+09:00', undefined],
    ['timeCycle', 'R6/P1D', '2026-04-02T09:00:00+09:00', 6],
    ['timeCycle', 'R/PT1H', '2026-04-01T10:00:00+09:00', -1],
    ['timeCycle', 'R3/2026-04-10T09:00:00+09:00/P1D', '2026-04-10T09:00:00+09:00', 3],
    ['timeCycle', 'R5/2026-03-30T12:00:00+09:00/P1D', '2026-04-01T12:00:00+09:00', 3],
  ] as const)('%s %s is first due at %s', (kind, text, dueAt, repeat) => {
    const parsed = parseTimerSpec(kind, text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(scheduleTimer(parsed.spec, now)).toEqual({ dueAt: new Date(dueAt), repeat });
  });

  it.each([
    ['timeDuration', '3 days', 'is not an ISO 8601 duration'],
    ['timeDate', 'next monday', 'is not an ISO 8601 date-time'],
    ['timeCycle', '0 0 9 * * ?', 'looks like a cron expression'],
    ['timeCycle', 'R/PT0S', 'interval of zero'],
    ['timeCycle', 'P1D', 'is not an ISO 8601 repeating interval'],
  ] as const)('%s %j is refused', (kind, text, message) => {
    expect(parseTimerSpec(kind, text)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });
});
