import type { Principal } from '@ringi/auth';
import { Staff } from '../../organisation/entities/staff.entity';
import { createHrTestContext, type HrTestContext } from '../../test-support/hr-testing-module';
import { MonthSummary } from '../closing/month-summary';
import { PatternsService } from '../patterns/patterns.service';
import { ClockingService } from './clocking.service';

const jst = (date: string, time: string) => new Date(`${date}T${time}:00+09:00`);

/** Clocking a night shift (夜勤 22:00〜翌7:00) by IC card, and a regular day whose clock-out was forgotten. */
describe('night shifts on the clock (medium)', () => {
  let ctx: HrTestContext;
  let clocking: ClockingService;
  let patterns: PatternsService;
  const reader = { userId: 1, staffId: null, permissions: new Set() } as unknown as Principal;

  beforeAll(async () => {
    ctx = await createHrTestContext('2026-04-01T09:00:00+09:00');
    clocking = ctx.moduleRef.get(ClockingService);
    patterns = ctx.moduleRef.get(PatternsService);
    await patterns.create({
      code: 'night',
      name: '夜勤（22:00〜翌7:00）',
      kind: 'nightShift',
      startTime: '22:00',
      endTime: '07:00',
      breaks: [{ from: '02:00', to: '03:00' }],
      workDays: '1234567',
    });
  });
  afterAll(() => ctx.close());

  async function staffWorking(patternCode: string, cardId: string): Promise<number> {
    const staff = await ctx.dataSource.manager.save(Staff, {
      employeeNo: cardId,
      familyName: '夜勤',
      givenName: cardId,
      familyNameKana: 'ヤキン',
      givenNameKana: 'イチ',
      email: null,
      active: true,
    });
    await patterns.setProfile(staff.id, { employment: 'regular', serviceStartDate: '2020-04-01', cardId });
    await patterns.assign(staff.id, patternCode, '2026-04-01');
    return staff.id;
  }
  const touch = (cardId: string, date: string, time: string) => {
    ctx.clock.set(jst(date, time));
    return clocking.clockByCard(reader, cardId);
  };
  const dayOf = async (staffId: number, date: string) => {
    const summary = ctx.moduleRef.get(MonthSummary);
    const sheet = await summary.sheet(ctx.dataSource.manager, staffId, '2026-04', ctx.clock.now());
    return sheet.days.find((d) => d.date === date)!;
  };

  it('works the night on the day it starts: the morning touch closes it, split at 0:00 before 昭和の日', async () => {
    const staffId = await staffWorking('night', 'NIGHT-1');
    expect(await touch('NIGHT-1', '2026-04-28', '21:55')).toMatchObject({ kind: 'in', workDate: '2026-04-28' });
    expect(await touch('NIGHT-1', '2026-04-29', '07:05')).toMatchObject({ kind: 'out', workDate: '2026-04-28' });
    expect(await touch('NIGHT-1', '2026-04-29', '21:58')).toMatchObject({ kind: 'in', workDate: '2026-04-29' });
    expect(await touch('NIGHT-1', '2026-04-30', '07:00')).toMatchObject({ kind: 'out', workDate: '2026-04-29' });
    expect((await dayOf(staffId, '2026-04-28')).split).toEqual({
      regular: 120,
      weekdayOvertime: 5,
      holidayWork: 365,
      lateNight: 360,
    });
    expect((await dayOf(staffId, '2026-04-29')).split).toEqual({
      regular: 360,
      weekdayOvertime: 0,
      holidayWork: 122,
      lateNight: 360,
    });
  });

  it('does not flag a night shift still under way after midnight', async () => {
    const staffId = await staffWorking('night', 'NIGHT-2');
    await touch('NIGHT-2', '2026-04-06', '22:00');
    ctx.clock.set(jst('2026-04-07', '03:00'));
    expect((await dayOf(staffId, '2026-04-06')).flags).toEqual([]);
    ctx.clock.set(jst('2026-04-07', '22:00'));
    expect((await dayOf(staffId, '2026-04-06')).flags).toContain('missingClockOut');
  });

  it('takes a regular worker’s morning touch as today’s clock-in when yesterday’s clock-out was forgotten', async () => {
    const staffId = await staffWorking('regular', 'DAY-1');
    expect(await touch('DAY-1', '2026-04-06', '08:25')).toMatchObject({ kind: 'in', workDate: '2026-04-06' });
    expect(await touch('DAY-1', '2026-04-07', '08:20')).toMatchObject({ kind: 'in', workDate: '2026-04-07' });
    expect((await dayOf(staffId, '2026-04-06')).flags).toContain('missingClockOut');
  });
});
