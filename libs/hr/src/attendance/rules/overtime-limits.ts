/**
 * 時間外勤務の上限 after 人事院規則15-14 as cities adopt it: the limits a month of overtime is checked
 * against when it is ordered or confirmed. Years are fiscal years (April–March). Minutes throughout.
 */

/** normal: 原則の上限; otherDirected: sections designated for 他律的業務 (特例業務). */
export type OvertimeDesignation = 'normal' | 'otherDirected';

export type OvertimeLimitKind = 'monthly' | 'yearly' | 'average' | 'monthsOver45';

export interface OvertimeFinding {
  limit: OvertimeLimitKind;
  /** warning: at or past the warning share of a limit; exceeded: past the limit (needs an extra approval). */
  level: 'warning' | 'exceeded';
  /** The value checked: minutes (monthly, yearly, average) or a count of months (monthsOver45). */
  value: number;
  max: number;
  /** For averages: over how many months ending with the month checked. */
  span?: number;
  message: string;
}

const H = 60;
export const OVERTIME_LIMITS = {
  normal: { monthly: 45 * H, yearly: 360 * H },
  otherDirected: { monthlyBelow: 100 * H, yearly: 720 * H, average: 80 * H, monthsOver45: 6 },
} as const;

/** A limit warns from this share of it. */
export const WARNING_SHARE = 0.8;

export interface OvertimeMonth {
  /** YYYY-MM */
  month: string;
  minutes: number;
}

/**
 * Checks the month `month` against every limit of the designation, given the overtime of the months before
 * it (any order; months missing count as 0) and of the month itself.
 */
export function assessOvertime(
  designation: OvertimeDesignation,
  month: string,
  history: readonly OvertimeMonth[],
): OvertimeFinding[] {
  const minutesIn = (m: string) => history.filter((h) => h.month === m).reduce((sum, h) => sum + h.minutes, 0);
  const current = minutesIn(month);
  const fiscalMonths = monthsOfFiscalYearUpTo(month);
  const yearly = fiscalMonths.reduce((sum, m) => sum + minutesIn(m), 0);
  const findings: OvertimeFinding[] = [];
  const check = (
    limit: OvertimeLimitKind,
    value: number,
    max: number,
    exceeded: boolean,
    label: string,
    span?: number,
  ) => {
    if (exceeded)
      findings.push({ limit, level: 'exceeded', value, max, span, message: `${label}の上限を超えています` });
    else if (value >= max * WARNING_SHARE) {
      findings.push({ limit, level: 'warning', value, max, span, message: `${label}の上限に近づいています` });
    }
  };
  if (designation === 'normal') {
    const limits = OVERTIME_LIMITS.normal;
    check('monthly', current, limits.monthly, current > limits.monthly, `1か月${hours(limits.monthly)}`);
    check('yearly', yearly, limits.yearly, yearly > limits.yearly, `年${hours(limits.yearly)}`);
    return findings;
  }
  const limits = OVERTIME_LIMITS.otherDirected;
  check(
    'monthly',
    current,
    limits.monthlyBelow,
    current >= limits.monthlyBelow,
    `1か月${hours(limits.monthlyBelow)}未満`,
  );
  check('yearly', yearly, limits.yearly, yearly > limits.yearly, `年${hours(limits.yearly)}`);
  const averages = [2, 3, 4, 5, 6].map((span) => {
    const months = monthsEndingWith(month, span);
    return { span, value: Math.floor(months.reduce((sum, m) => sum + minutesIn(m), 0) / span) };
  });
  const worst = averages.reduce((a, b) => (b.value > a.value ? b : a));
  check(
    'average',
    worst.value,
    limits.average,
    worst.value > limits.average,
    `2〜6か月平均${hours(limits.average)}`,
    worst.span,
  );
  const over45 = fiscalMonths.filter((m) => minutesIn(m) > OVERTIME_LIMITS.normal.monthly).length;
  if (over45 > limits.monthsOver45) {
    findings.push({
      limit: 'monthsOver45',
      level: 'exceeded',
      value: over45,
      max: limits.monthsOver45,
      message: `月45時間を超える月は年${limits.monthsOver45}か月までです`,
    });
  }
  return findings;
}

function hours(minutes: number): string {
  return `${minutes / H}時間`;
}

/** The months from April of the fiscal year of `month` up to and including it. */
export function monthsOfFiscalYearUpTo(month: string): string[] {
  const [year, m] = month.split('-').map(Number);
  const startYear = m >= 4 ? year : year - 1;
  const out: string[] = [];
  for (let y = startYear, mm = 4; y < year || (y === year && mm <= m);) {
    out.push(`${y}-${String(mm).padStart(2, '0')}`);
    mm += 1;
    if (mm === 13) {
      mm = 1;
      y += 1;
    }
  }
  return out;
}

/** `span` consecutive months ending with `month`, oldest first. */
export function monthsEndingWith(month: string, span: number): string[] {
  const [year, m] = month.split('-').map(Number);
  const out: string[] = [];
  for (let i = span - 1; i >= 0; i--) {
    const index = year * 12 + (m - 1) - i;
    out.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}
