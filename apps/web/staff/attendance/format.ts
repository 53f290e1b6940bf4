// Dates and times as the attendance screens show them: 和暦, JST, hours and minutes.

const warekiMonth = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** 2026-04 → 令和8年4月 */
export function formatMonth(month: string): string {
  return warekiMonth.format(new Date(`${month}-01T00:00:00Z`));
}

/** 2026-04-06 → 6日（月） */
export function dayOfMonth(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${d.getUTCDate()}日（${WEEKDAYS[d.getUTCDay()]}）`;
}

/** 125 → 2時間5分 */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}分`;
  return m === 0 ? `${h}時間` : `${h}時間${m}分`;
}

/** Today's JST date (YYYY-MM-DD) and month (YYYY-MM). */
export function todayJst(): string {
  return new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
}

export function addDaysTo(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A JST instant from a working date and clock times; a clock-out earlier than the clock-in falls on the next
 * day (a night shift or overtime past midnight).
 */
export function instantsOf(date: string, inTime: string, outTime: string): { clockInAt?: string; clockOutAt?: string } {
  const out: { clockInAt?: string; clockOutAt?: string } = {};
  if (inTime) out.clockInAt = `${date}T${inTime}:00+09:00`;
  if (outTime) {
    const outDate = inTime && outTime <= inTime ? addDaysTo(date, 1) : date;
    out.clockOutAt = `${outDate}T${outTime}:00+09:00`;
  }
  return out;
}
