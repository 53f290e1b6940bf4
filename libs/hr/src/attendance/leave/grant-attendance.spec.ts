import type { Principal } from '@ringi/auth';
import { addDays, jstStartOf } from '../../organisation/domain/dates';
import { Staff } from '../../organisation/entities/staff.entity';
import { createHrTestContext, type HrTestContext } from '../../test-support/hr-testing-module';
import { AttendanceDay } from '../entities/attendance-day.entity';
import { AttendanceProfile } from '../entities/attendance-profile.entity';
import { LeaveRequest } from '../entities/leave.entity';
import { PatternAssignment, WorkPattern } from '../entities/work-pattern.entity';
import { isCityHoliday } from '../rules/city-calendar';
import { LeaveService } from './leave.service';

/** Scheduled Mondays from 2026-07-13 to the end of the first grant's preceding period (海の日, 敬老の日 off): 10. */
const MONDAYS: string[] = [];
for (let d = '2026-07-13'; d <= '2026-09-30'; d = addDays(d, 7)) if (!isCityHoliday(d)) MONDAYS.push(d);

type Day = 'worked' | 'absent' | string;

/** The first annual-leave grant of a fiscal-year staff member (週1日・6時間) after the first six months. */
describe('出勤率8割 in the annual-leave grant (medium)', () => {
  let ctx: HrTestContext;
  let leave: LeaveService;
  let patternId: number;
  let n = 0;

  beforeAll(async () => {
    ctx = await createHrTestContext('2026-10-05T09:00:00+09:00');
    leave = ctx.moduleRef.get(LeaveService);
    const pattern = await ctx.dataSource.getRepository(WorkPattern).save({
      code: 'fy-monday',
      name: '会計年度任用職員（月曜・9:00〜15:00）',
      kind: 'fiscalYear',
      startTime: '09:00',
      endTime: '15:00',
      breaks: '[]',
      workDays: '1',
      active: true,
    });
    patternId = pattern.id;
  });
  afterAll(() => ctx.close());

  /** A fiscal-year staff member since 2026-04-01 whose Mondays went as `days` says; answers the annual grant. */
  async function grantAfter(days: Day[]): Promise<number> {
    const em = ctx.dataSource.manager;
    n += 1;
    const staff = await em.save(Staff, {
      employeeNo: `fy-${n}`,
      familyName: '会計',
      givenName: `${n}`,
      familyNameKana: 'カイケイ',
      givenNameKana: 'イチ',
      email: null,
      active: true,
    });
    await em.insert(AttendanceProfile, {
      staffId: staff.id,
      employment: 'fiscalYear',
      serviceStartDate: '2026-04-01',
      cardId: null,
    });
    await em.insert(PatternAssignment, { staffId: staff.id, patternId, startDate: '2026-04-01', endDate: null });
    for (const [i, outcome] of days.entries()) {
      const date = MONDAYS[i];
      if (outcome === 'worked') {
        const start = jstStartOf(date).getTime();
        await em.insert(AttendanceDay, {
          staffId: staff.id,
          workDate: date,
          clockInAt: new Date(start + 9 * 3_600_000),
          clockInSource: 'self',
          clockInByUserId: null,
          clockOutAt: new Date(start + 15 * 3_600_000),
          clockOutSource: 'self',
          clockOutByUserId: null,
        });
      } else if (outcome !== 'absent') {
        await em.insert(LeaveRequest, {
          staffId: staff.id,
          kindCode: outcome,
          unit: 'day',
          startDate: date,
          endDate: date,
          startTime: null,
          minutes: 360,
          days: 1,
          balanceId: null,
          reason: '休業',
          status: 'approved',
          instanceId: null,
          requestedAt: new Date(),
        });
      }
    }
    const principal = { staffId: staff.id, permissions: new Set() } as unknown as Principal;
    const balances = await leave.balances(principal, staff.id, '2026-10-05');
    const annual = balances.find((b) => b.kindCode === 'annual')!;
    expect(annual.periodStart).toBe('2026-10-01');
    return annual.grantedMinutes / annual.dayMinutes;
  }

  const times = (count: number, day: Day): Day[] => Array<Day>(count).fill(day);

  it('has ten scheduled Mondays to judge', () => {
    expect(MONDAYS).toHaveLength(10);
  });

  it.each([
    ['all worked', times(10, 'worked'), 1],
    ['exactly 80%', [...times(8, 'worked'), ...times(2, 'absent')], 1],
    ['just under 80%', [...times(7, 'worked'), ...times(3, 'absent')], 0],
    ['業務上の傷病 counts as worked', [...times(7, 'worked'), ...times(3, 'workInjury')], 1],
    ['育児休業 counts as worked', [...times(7, 'worked'), ...times(3, 'childcareLeave')], 1],
    ['介護休業 counts as worked', [...times(7, 'worked'), ...times(3, 'careLeave')], 1],
    ['産前産後 counts as worked', [...times(2, 'worked'), ...times(8, 'maternity')], 1],
    ['私傷病の病気休暇 does not', [...times(7, 'worked'), ...times(3, 'sick')], 0],
    ['no record kept in ringi: nothing to judge by', [], 1],
  ])('%s', async (_name, days, granted) => {
    expect(await grantAfter(days)).toBe(granted);
  });
});
