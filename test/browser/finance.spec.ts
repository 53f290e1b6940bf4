import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/test-app';
import { WorkflowClient } from '../support/workflow-client';
import { checkScreen, launchChromium } from './support/browser';
import { startWebTestApp, type WebTestApp } from './support/web-app';

/** Four people's screens on a loaded 2-core machine: a minute or more, and single waits of many seconds. */
const SCENARIO_MS = 480_000;
const WAIT_MS = 90_000;

const quote = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

describe('finance in Chromium (browser)', () => {
  let app: WebTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp('alpha'), launchChromium()]);
  }, SCENARIO_MS);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  }, SCENARIO_MS);

  async function staffLogin(username: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(`${app.url('lgwan')}/`);
    await page.getByRole('heading', { name: '職員ログイン' }).waitFor();
    await page.getByLabel('ユーザー名').fill(username);
    await page.getByLabel('パスワード').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('heading', { name: '受信箱' }).waitFor();
    return page;
  }

  it(
    'a clerk commits, the 課長 decides from the inbox, the clerk orders payment, the 会計室 examines and pays',
    async () => {
      const wf = new WorkflowClient(app.t);
      const clerk = await staffLogin('staff1');

      // The main finance screen: every line with its live balance.
      await clerk.getByRole('link', { name: '財務', exact: true }).click();
      await clerk.getByRole('heading', { name: '財務：予算の残額' }).waitFor();
      await clerk.getByRole('rowheader', { name: /委託料/ }).waitFor();
      await checkScreen(clerk, 'finance');
      await clerk.setViewportSize({ width: 390, height: 844 });
      await checkScreen(clerk, 'finance-mobile');
      await clerk.setViewportSize({ width: 1280, height: 900 });

      // 支出負担行為: the decider is shown before sending; a missing amount is explained next to its field.
      await clerk.getByRole('link', { name: '支出負担行為の起案' }).click();
      await clerk
        .getByRole('combobox', { name: /^債権者/ })
        .selectOption({ label: '株式会社みなと商事（みなと市本町1-2-3）' });
      await clerk.getByLabel('予算科目').selectOption({ index: 3 });
      await clerk.getByLabel('件名・内容').fill('庁舎清掃業務委託（5月分）');
      await clerk.getByRole('button', { name: '起案して決裁に回す' }).click();
      await clerk.getByText('金額は1円以上の整数（円単位）で入力してください。').waitFor();
      await clerk.getByLabel('区分').selectOption('consignment');
      await clerk.getByLabel('金額（円）').fill('1,000,001');
      await clerk.getByTestId('decider').getByText('部長').waitFor();
      await clerk.getByLabel('金額（円）').fill('300000');
      await clerk.getByTestId('decider').getByText('課長').waitFor();
      await clerk.getByLabel('添付ファイル（任意）').setInputFiles({
        name: 'mitsumori.pdf',
        mimeType: 'application/pdf',
        buffer: quote,
      });
      await checkScreen(clerk, 'finance-new-commitment');
      await clerk.getByRole('button', { name: '起案して決裁に回す' }).click();
      await clerk.getByTestId('commitment-status').getByText('決裁待ち（予算予約中）').waitFor();
      await clerk.getByRole('link', { name: /見積書 第1版：mitsumori\.pdf/ }).waitFor();
      await checkScreen(clerk, 'finance-commitment');
      const commitmentId = Number(/commitments\/(\d+)/.exec(clerk.url())![1]);
      const commitment = (await wf.get(`/api/finance/commitments/${commitmentId}`, 'staff1')).body;

      // 係長審査 by API; the 課長 decides from the inbox, and the task links to the commitment's screen.
      await wf.act('kakaricho1', commitment.instanceId);
      const kacho = await staffLogin('kacho1');
      await kacho.getByRole('link', { name: `commitment-${commitmentId}` }).click();
      const link = kacho.getByRole('link', { name: '業務画面で開く' });
      expect(await link.getAttribute('href')).toBe(`/staff/finance/commitments/${commitmentId}`);
      await kacho.getByRole('button', { name: '承認', exact: true }).click();
      await kacho.getByText('承認しました。').waitFor();

      // 支出命令 for part of it; a due date past the statutory deadline is warned about before sending.
      await clerk.reload();
      await clerk.getByTestId('commitment-status').getByText('決裁済み').waitFor();
      await clerk.getByRole('link', { name: '支出命令を起票する' }).click();
      await clerk.getByLabel('支出命令額（円）').fill('120000');
      const invoice = await clerk.getByLabel('請求書の受付日').inputValue();
      const late = new Date(Date.parse(`${invoice}T00:00:00Z`) + 45 * 86_400_000).toISOString().slice(0, 10);
      await clerk.getByLabel('支払予定日').fill(late);
      await clerk.getByText(/支払予定日が支払遅延防止法の支払期限を過ぎています/).waitFor();
      await checkScreen(clerk, 'finance-payment-order-new');
      const inTime = new Date(Date.parse(`${invoice}T00:00:00Z`) + 20 * 86_400_000).toISOString().slice(0, 10);
      await clerk.getByLabel('支払予定日').fill(inTime);
      await clerk.getByRole('button', { name: '支出命令を起票する' }).click();
      await clerk.getByTestId('payment-order-status').getByText('審査中').waitFor();
      await checkScreen(clerk, 'finance-payment-order');
      const orderId = Number(/payment-orders\/(\d+)/.exec(clerk.url())![1]);
      const order = (await wf.get(`/api/finance/payment-orders/${orderId}`, 'staff1')).body;
      await wf.act('kacho1', order.instanceId);

      // 会計室: examines and approves, pays in a transfer run, and reads the 予算執行状況.
      const kaikei = await staffLogin('kaikei1');
      await kaikei.getByRole('link', { name: '財務', exact: true }).click();
      await kaikei.getByRole('link', { name: '会計室審査' }).click();
      await kaikei.getByRole('heading', { name: new RegExp(`支出命令 第${orderId}号`) }).waitFor();
      await checkScreen(kaikei, 'finance-examination');
      // Sent back: the reason is required, and the clerk corrects the order and sends it on again.
      await kaikei.getByRole('button', { name: '差し戻す' }).first().click();
      await kaikei.getByText('差し戻す理由を入力してください。').waitFor();
      await kaikei.getByLabel(/審査意見・差戻しの理由/).fill('請求書の受付日を確認してください。');
      await kaikei.getByRole('button', { name: '差し戻す' }).first().click();
      await kaikei.getByText('審査待ちの支出命令はありません。').waitFor();
      await clerk.reload();
      await clerk.getByTestId('payment-order-status').getByText('差戻し').waitFor();
      await clerk.getByText('請求書の受付日を確認してください。').first().waitFor();
      await checkScreen(clerk, 'finance-payment-order-sent-back');
      await clerk.getByRole('button', { name: '修正して審査に戻す' }).click();
      await clerk.getByTestId('payment-order-status').getByText('審査中').waitFor();
      await wf.act('kacho1', order.instanceId);
      await kaikei.reload();
      await kaikei.getByRole('heading', { name: new RegExp(`支出命令 第${orderId}号`) }).waitFor();
      await kaikei.getByRole('button', { name: '審査して承認' }).first().click();
      await kaikei.getByText('審査待ちの支出命令はありません。').waitFor();
      expect((await wf.get(`/api/finance/payment-orders/${orderId}`, 'kaikei1')).body.status).toBe('approved');

      await kaikei.getByRole('link', { name: '振込データ', exact: true }).click();
      await kaikei.getByRole('button', { name: '振込データを作成' }).click();
      await kaikei.getByText(/1件（120,000円）の振込データを作成しました。/).waitFor();
      await kaikei.getByRole('link', { name: /Shift_JIS）をダウンロード/ }).waitFor();
      await checkScreen(kaikei, 'finance-transfers');

      await kaikei.getByRole('link', { name: '予算執行状況' }).click();
      await kaikei.getByRole('link', { name: 'CSVをダウンロード（Excel用 UTF-8）' }).waitFor();
      await kaikei.getByRole('rowheader', { name: '株式会社みなと商事' }).waitFor();
      await checkScreen(kaikei, 'finance-budget-execution');
      expect((await wf.get(`/api/finance/payment-orders/${orderId}`, 'staff1')).body.status).toBe('paid');

      // The lists the 会計室 reads everything from.
      await kaikei.getByRole('link', { name: '支出負担行為の一覧' }).click();
      await kaikei.getByRole('link', { name: new RegExp(`第${commitmentId}号`) }).waitFor();
      await checkScreen(kaikei, 'finance-commitments');
      await kaikei.getByRole('link', { name: '支出命令の一覧' }).click();
      await kaikei.getByRole('link', { name: new RegExp(`第${orderId}号`) }).waitFor();
      await checkScreen(kaikei, 'finance-payment-orders');
    },
    SCENARIO_MS,
  );
});
