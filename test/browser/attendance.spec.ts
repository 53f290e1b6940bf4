import type { Browser, BrowserContext, Page } from 'playwright-core';
import { UserAccount } from '@ringi/auth';
import { AttendanceDay, isCityHoliday } from '@ringi/hr';
import { DEMO_PASSWORD } from '../support/test-app';
import { checkScreen, launchChromium } from './support/browser';
import { startWebTestApp, type WebTestApp } from './support/web-app';

/** A browser scenario on a loaded 2-core machine takes up to a minute or two; leave room. */
const SCENARIO_MS = 300_000;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The month the scenario plays in: the one after the real one, on its 10th at 09:00 JST. The server clock
 * moves forward only (browsers drop cookies that expire in their past), and the month has no days before the
 * scenario that a person would have to fix.
 */
function scenarioMonth(): { month: string; now: string; leaveDate: string } {
  const jst = new Date(Date.now() + 9 * 3_600_000);
  const next = new Date(Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth() + 1, 1));
  const month = `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}`;
  let day = 15;
  while (isCityHoliday(`${month}-${pad(day)}`)) day += 1;
  return { month, now: `${month}-10T09:00:00+09:00`, leaveDate: `${month}-${pad(day)}` };
}

describe('attendance in Chromium (browser)', () => {
  let app: WebTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const { month, now, leaveDate } = scenarioMonth();

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp('alpha'), launchChromium()]);
    app.t.clock.set(now);
    // staff1 worked every working day of the month before the scenario's day (the card reader's records).
    const staffId = (await app.t.dataSource.getRepository(UserAccount).findOneByOrFail({ username: 'staff1' }))
      .staffId!;
    for (let d = 1; d < 10; d++) {
      const date = `${month}-${pad(d)}`;
      if (isCityHoliday(date)) continue;
      await app.t.dataSource.getRepository(AttendanceDay).insert({
        staffId,
        workDate: date,
        clockInAt: new Date(`${date}T08:25:00+09:00`),
        clockInSource: 'card',
        clockInByUserId: null,
        clockOutAt: new Date(`${date}T17:20:00+09:00`),
        clockOutSource: 'card',
        clockOutByUserId: null,
      });
    }
  }, SCENARIO_MS);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  }, SCENARIO_MS);

  async function staffLogin(username: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
    });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${app.url('lgwan')}/`);
    await page.getByLabel('ユーザー名').fill(username);
    await page.getByLabel('パスワード').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('heading', { name: '受信箱' }).waitFor();
    return page;
  }

  /** The supervisor opens the task named `step` from the inbox and approves it. */
  async function approveInInbox(page: Page, step: string): Promise<void> {
    await page.getByRole('link', { name: '受信箱' }).click();
    await page.getByRole('row').filter({ hasText: step }).getByRole('link').first().click();
    await page.getByRole('button', { name: '承認', exact: true }).click();
    await page.getByText('承認しました。').waitFor();
  }

  it(
    'staff1 clocks in and asks for leave, kakaricho1 approves it in the inbox, staff1 submits the month, kakaricho1 approves, HR closes it',
    async () => {
      const staff = await staffLogin('staff1');
      await staff.getByRole('link', { name: '勤怠', exact: true }).click();
      await staff.getByRole('heading', { name: '出勤簿' }).waitFor();
      await staff.getByRole('button', { name: '出勤', exact: true }).click();
      await staff.getByText('出勤を記録しました（09:00）。').waitFor();
      await checkScreen(staff, 'attendance-today');
      // At 390 px the page does not scroll sideways: the month's table scrolls in its own frame.
      await staff.setViewportSize({ width: 390, height: 844 });
      expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await checkScreen(staff, 'attendance-today-mobile');
      await staff.setViewportSize({ width: 1280, height: 900 });

      await staff.getByRole('link', { name: '休暇', exact: true }).click();
      await staff.getByRole('heading', { name: '休暇の残り' }).waitFor();
      await staff.getByLabel('休暇の種類').selectOption('annual');
      await staff.getByLabel('開始日').fill(leaveDate);
      await staff.getByLabel('理由').fill('私用のため');
      await staff.getByRole('button', { name: '申請する' }).click();
      await staff.getByText('休暇を申請しました。').waitFor();
      await checkScreen(staff, 'attendance-leave');

      const supervisor = await staffLogin('kakaricho1');
      await approveInInbox(supervisor, '休暇の承認（上司）');
      await supervisor.getByRole('link', { name: '業務画面で開く' }).click();
      await supervisor.getByRole('heading', { name: /休暇の申請/ }).waitFor();
      await supervisor.getByText('承認済み').waitFor();
      await checkScreen(supervisor, 'attendance-case');
      await supervisor.getByRole('link', { name: '時間外勤務', exact: true }).click();
      await supervisor.getByRole('heading', { name: '時間外勤務命令', exact: true }).waitFor();
      await checkScreen(supervisor, 'attendance-overtime');

      await staff.getByRole('link', { name: '出勤簿' }).click();
      await staff.getByRole('button', { name: /勤怠を提出する/ }).click();
      await staff.getByText(/勤怠を提出しました/).waitFor();
      await staff.getByRole('link', { name: '代理入力' }).click();
      await staff.getByRole('heading', { name: /代理入力/ }).waitFor();
      await checkScreen(staff, 'attendance-proxy');

      await approveInInbox(supervisor, '月次勤務実績の承認（上司）');

      const hr = await staffLogin('jinji1');
      await hr.getByRole('link', { name: '勤怠', exact: true }).click();
      await hr.getByRole('link', { name: '月次締め（人事課）' }).click();
      await hr.getByLabel('対象の月').fill(month);
      await hr.getByRole('row').filter({ hasText: '承認済み' }).waitFor();
      await hr.getByRole('button', { name: '承認済みの月を締める' }).click();
      await hr.getByText(/を締めました（1人）/).waitFor();
      await hr.getByRole('row').filter({ hasText: '締め済み' }).waitFor();
      await checkScreen(hr, 'attendance-hr');

      // A closed month changes only with a reason, given next to the field.
      await hr.getByLabel('勤務日').fill(`${month}-10`);
      await hr.getByLabel('退勤時刻').fill('17:30');
      await hr.getByRole('button', { name: '変更する' }).click();
      await hr.getByText('締め済みの月を変更する理由を入力してください').waitFor();
      await hr.getByLabel('理由', { exact: true }).fill('退勤の打刻漏れを本人の申出により訂正');
      await hr.getByRole('button', { name: '変更する' }).click();
      await hr.getByText('勤務時間を変更しました。').waitFor();

      const csv = await hr.request.get(`${app.url('lgwan')}/api/attendance/months/${month}/payroll.csv`);
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toContain('出勤日数');
    },
    SCENARIO_MS,
  );
});
