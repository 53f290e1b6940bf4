import { LEAVE_KINDS } from '../leave/leave-kinds';
import { attendanceRate, scheduledDayOutcome, type ScheduledDayOutcome } from './attendance-rate';

const days = (worked: number, credited: number, absent: number): ScheduledDayOutcome[] => [
  ...Array<ScheduledDayOutcome>(worked).fill('worked'),
  ...Array<ScheduledDayOutcome>(credited).fill('credited'),
  ...Array<ScheduledDayOutcome>(absent).fill('absent'),
];
const CREDITED = new Set(LEAVE_KINDS.filter((k) => k.countsAsWorked).map((k) => k.code));

describe('出勤率8割', () => {
  it.each([
    ['exactly 80%', days(100, 0, 25), true],
    ['just under 80%', days(99, 0, 26), false],
    ['4 of 5 days', days(4, 0, 1), true],
    ['3 of 5 days', days(3, 0, 2), false],
    ['leave taken brings it to 80%', days(80, 20, 25), true],
    ['every day on credited leave', days(0, 120, 0), true],
    ['no scheduled day', days(0, 0, 0), true],
  ])('%s', (_name, outcomes, met) => {
    expect(attendanceRate(outcomes).met).toBe(met);
  });

  it.each([
    ['年次有給休暇', 'annual', 'credited'],
    ['業務上の傷病による休業', 'workInjury', 'credited'],
    ['育児休業', 'childcareLeave', 'credited'],
    ['介護休業', 'careLeave', 'credited'],
    ['産前産後休業', 'maternity', 'credited'],
    ['特別休暇（夏季）', 'summer', 'credited'],
    ['私傷病の病気休暇', 'sick', 'absent'],
  ] as const)('a day of %s counts as %s', (_name, kind, outcome) => {
    expect(scheduledDayOutcome(false, [kind], CREDITED)).toBe(outcome);
  });

  it('a clocked day is worked whatever leave it has; no record and no leave is absence', () => {
    expect(scheduledDayOutcome(true, ['sick'], CREDITED)).toBe('worked');
    expect(scheduledDayOutcome(false, [], CREDITED)).toBe('absent');
  });

  it('counts the days judged and attended', () => {
    expect(attendanceRate(days(3, 1, 1))).toEqual({ scheduled: 5, attended: 4, met: true });
  });
});
