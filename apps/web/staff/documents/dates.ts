// Calendar dates as the offices count them: in Japan's time zone, with the 年度 starting on 1 April.

/** Today in Japan as YYYY-MM-DD (what a date input and the API take). */
export function todayInJapan(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
}

/** The current fiscal year by its starting calendar year. */
export function currentFiscalYear(): number {
  const [year, month] = todayInJapan().split('-').map(Number);
  return month >= 4 ? year : year - 1;
}
