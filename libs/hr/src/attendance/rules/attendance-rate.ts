/**
 * 出勤率8割 (労働基準法39条1項・2項): annual leave is granted only to staff who worked at least 80% of the
 * scheduled working days (全労働日) of the period before the grant. Leave taken, absence for 業務上の傷病,
 * 育児休業・介護休業 and 産前産後休業 count as worked (39条10項 and the leave the city credits alike).
 */

/** How one scheduled working day went. */
export type ScheduledDayOutcome = 'worked' | 'credited' | 'absent';

export interface AttendanceRate {
  /** Scheduled working days judged. */
  scheduled: number;
  /** Of those, worked or credited as worked. */
  attended: number;
  /** attended ≥ 80% of scheduled; a period without scheduled days has nothing to fail. */
  met: boolean;
}

/** The share of attendance is a fraction of whole days: 4 of 5 is exactly 80%, compared without rounding. */
export function attendanceRate(days: readonly ScheduledDayOutcome[]): AttendanceRate {
  const attended = days.filter((d) => d !== 'absent').length;
  return { scheduled: days.length, attended, met: attended * 5 >= days.length * 4 };
}

/**
 * A scheduled day's outcome: clocked in is worked; otherwise a whole day of leave of a kind credited as
 * worked counts, any other leave (私傷病の病気休暇) or none is absence.
 */
export function scheduledDayOutcome(
  clockedIn: boolean,
  wholeDayLeaveKinds: readonly string[],
  creditedKinds: ReadonlySet<string>,
): ScheduledDayOutcome {
  if (clockedIn) return 'worked';
  return wholeDayLeaveKinds.some((k) => creditedKinds.has(k)) ? 'credited' : 'absent';
}
