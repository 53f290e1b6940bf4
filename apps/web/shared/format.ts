// Japanese offices read dates in 和暦 and times in JST, whatever the browser's own zone is.
const TIME_ZONE = 'Asia/Tokyo';

const warekiDate = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: TIME_ZONE,
});

const jstTime = new Intl.DateTimeFormat('ja-JP', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** 令和8年4月1日 */
export function formatDate(value: Date | string): string {
  return warekiDate.format(toDate(value));
}

/** 09:05 (JST) */
export function formatTime(value: Date | string): string {
  return jstTime.format(toDate(value));
}

/** 令和8年4月1日 09:05 */
export function formatDateTime(value: Date | string): string {
  return `${formatDate(value)} ${formatTime(value)}`;
}

/** The machine-readable form for a <time dateTime> attribute. */
export function isoOf(value: Date | string): string {
  return toDate(value).toISOString();
}

const jstCalendarDate = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: TIME_ZONE,
});

/** Today's date in Japan as YYYY-MM-DD, the form the API's calendar dates take. */
export function todayInJapan(now: Date = new Date()): string {
  return jstCalendarDate.format(now);
}
