const WAREKI = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'Asia/Tokyo',
});

/**
 * A date in 和暦 as printed on city documents (令和8年4月6日): a Date is taken in Japan time, a calendar date
 * (YYYY-MM-DD) as that day. The first year of an era reads 元年.
 */
export function warekiDate(date: Date | string): string {
  const at = typeof date === 'string' ? new Date(`${date}T12:00:00+09:00`) : date;
  return WAREKI.format(at).replace(/^(\D+)1年/, '$1元年');
}
