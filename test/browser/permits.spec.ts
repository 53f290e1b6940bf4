import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/test-app';
import { checkScreen, launchChromium } from './support/browser';
import { startWebTestApp, type WebTestApp } from './support/web-app';

/** One long scenario across three people on a loaded 2-core machine. */
const SCENARIO_MS = 300_000;

/** The map's bounds (apps/web/portal/permits/demo-roads.ts): where to click for a place. */
const MAP = { west: 127.66, south: 26.2, east: 127.705, north: 26.235 };

const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

/** A date in JST, `days` from today. */
function jstDate(days: number): string {
  return new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

describe('road-occupancy permits in Chromium (browser)', () => {
  let app: WebTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp('alpha'), launchChromium()]);
  }, SCENARIO_MS);

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await app?.close();
  }, SCENARIO_MS);

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({
      viewport,
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  }

  async function staffLogin(username: string): Promise<Page> {
    const page = await newPage();
    await page.goto(`${app.url('lgwan')}/staff/login`);
    await page.getByLabel('ユーザー名').fill(username);
    await page.getByLabel('パスワード').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('heading', { name: '受信箱' }).waitFor();
    return page;
  }

  async function approve(page: Page, screen?: string) {
    await page.getByRole('button', { name: '承認', exact: true }).waitFor();
    if (screen) await checkScreen(page, screen);
    await page.getByLabel('コメント').fill('内容を確認しました。');
    await page.getByRole('button', { name: '承認', exact: true }).click();
    await page.getByText('承認しました。').waitFor();
  }

  it(
    'an applicant applies with a drawn place, a PDF and the fee; the clerk reviews, the 道路管理課長 decides; the applicant pays, downloads and verifies the permit',
    async () => {
      // The applicant, on the internet listener, at a phone's width.
      const applicant = await newPage({ width: 390, height: 844 });
      await applicant.goto(`${app.url('internet')}/portal/login`);
      await applicant.getByLabel('メールアドレス').fill('gas@example.jp');
      await applicant.getByLabel('パスワード').fill(DEMO_PASSWORD);
      await applicant.getByRole('button', { name: 'ログイン' }).click();
      await applicant.getByRole('link', { name: '道路占用許可を申請する' }).click();

      await applicant.getByLabel('占用物件の区分').selectOption({ label: '第一種電柱（最長10年）' });
      await checkScreen(applicant, 'permit-apply-category');
      // 承継 cites the current permit and its holder, each told next to its field; this is a 新規 after all.
      await applicant.getByRole('radio', { name: '承継' }).check();
      await applicant.getByRole('button', { name: '次へ' }).click();
      await applicant.getByText('現在の許可番号（例: 港道占第12号）を入力してください。').waitFor();
      await applicant.getByText('許可書に記載された現在の占用者を入力してください。').waitFor();
      await applicant.getByLabel('現在の許可番号').fill('港道占第1号');
      await applicant.getByLabel('現在の占用者').fill('みなと電力株式会社');
      await checkScreen(applicant, 'permit-apply-succession');
      await applicant.getByRole('radio', { name: '新規' }).check();
      expect(await applicant.getByLabel('現在の許可番号').count()).toBe(0);
      await applicant.getByRole('button', { name: '次へ' }).click();
      await applicant.getByRole('button', { name: '次へ' }).click();
      await applicant.getByText('電柱番号を入力してください。').waitFor();
      await applicant.getByLabel('電柱番号').fill('港幹101〜102');
      await applicant.getByLabel('地上高（m）').fill('12');
      await applicant.getByLabel('数量（本）').fill('2');
      await applicant.getByRole('button', { name: '次へ' }).click();

      await applicant.getByLabel('場所（住所）').fill('みなと市港町1丁目2番');
      await applicant.getByLabel('路線名').fill('市道港町1号線');
      const map = applicant.getByTestId('place-map');
      const box = (await map.boundingBox())!;
      await map.click({
        position: {
          x: ((127.6815 - MAP.west) / (MAP.east - MAP.west)) * box.width,
          y: ((MAP.north - 26.2125) / (MAP.north - MAP.south)) * box.height,
        },
      });
      expect(Number(await applicant.getByLabel('地点1の経度').inputValue())).toBeCloseTo(127.6815, 3);
      await applicant.getByTestId('fee-district').getByText('1級地').waitFor();
      await checkScreen(applicant, 'permit-apply-place');
      await applicant.getByRole('button', { name: '次へ' }).click();

      // The period limit is told before submitting; then a valid period is priced live.
      await applicant.getByLabel('占用期間の始期').fill(jstDate(0));
      await applicant.getByLabel('占用期間の終期').fill(jstDate(365 * 11));
      await applicant.getByRole('button', { name: '次へ' }).click();
      await applicant.getByText(/占用期間は10年以内です/).waitFor();
      await applicant.getByLabel('占用期間の終期').fill(jstDate(364));
      await applicant.getByTestId('fee-total').waitFor();
      await checkScreen(applicant, 'permit-apply-period-fee');
      await applicant.getByRole('button', { name: '次へ' }).click();

      await applicant
        .getByLabel('位置図')
        .setInputFiles({ name: 'ichizu.pdf', mimeType: 'application/pdf', buffer: PDF });
      await applicant
        .getByLabel('平面図')
        .setInputFiles({ name: 'heimen.pdf', mimeType: 'application/pdf', buffer: PDF });
      await applicant.getByRole('button', { name: '次へ' }).click();
      await applicant.getByText('位置図：ichizu.pdf').waitFor();
      const quoted = (await applicant.getByTestId('fee-total').textContent())!;
      await checkScreen(applicant, 'permit-apply-confirm');
      await applicant.getByRole('button', { name: '申請する' }).click();
      await applicant.getByText('申請を受け付けました。').waitFor();
      const id = /\/portal\/applications\/(\d+)$/.exec(applicant.url())![1];
      await applicant.getByRole('link', { name: 'ichizu.pdf' }).waitFor();
      await applicant.getByTestId('application-stage').getByText('受付').waitFor();
      await checkScreen(applicant, 'permit-application-submitted');
      // Messages: the applicant asks a question on the application.
      await applicant.getByLabel('道路管理課へのお問い合わせ').fill('支線も同じ申請に含められますか。');
      await applicant.getByRole('button', { name: '送信する' }).click();
      await applicant.getByTestId('messages').getByText('支線も同じ申請に含められますか。').waitFor();

      // The clerk, on LGWAN, finds it in the intake queue and reviews the case as submitted.
      const clerk = await staffLogin('permit1');
      await clerk.getByRole('link', { name: '道路占用' }).click();
      await clerk.getByRole('link', { name: `申請番号 ${id} 第一種電柱` }).waitFor();
      await clerk.getByText(/^地図で見る/).click();
      await checkScreen(clerk, 'permit-intake');
      await clerk.getByRole('link', { name: '窓口での申請を入力' }).click();
      await clerk.getByLabel('申請者の氏名・名称').waitFor();
      await checkScreen(clerk, 'permit-counter-entry');
      await clerk.getByRole('link', { name: '道路占用' }).click();
      // The import of historic permits is the 占用管理者's (permit.admin), not every clerk's.
      await clerk.getByRole('link', { name: `申請番号 ${id} 第一種電柱` }).waitFor();
      expect(await clerk.getByRole('link', { name: '過去の許可を取り込む' }).count()).toBe(0);
      await clerk.getByRole('link', { name: `申請番号 ${id} 第一種電柱` }).click();
      await clerk.getByRole('link', { name: 'ichizu.pdf' }).waitFor();
      // The clerk sees the question as unread and answers it; the applicant sees the answer.
      await clerk.getByTestId('messages-unread').getByText('未読 1件').waitFor();
      await clerk.getByTestId('messages').getByText('支線も同じ申請に含められますか。').waitFor();
      await clerk.getByLabel('申請者への回答・連絡').fill('支線は「支線」の区分で別に申請してください。');
      await clerk.getByRole('button', { name: '送信する' }).click();
      await clerk.getByTestId('messages').getByText('支線は「支線」の区分で別に申請してください。').waitFor();
      await applicant.reload();
      await applicant.getByTestId('messages-unread').getByText('未読 1件').waitFor();
      await applicant.getByTestId('messages').getByText('支線は「支線」の区分で別に申請してください。').waitFor();
      await checkScreen(applicant, 'permit-messages');
      await clerk.getByTestId('fee-total').getByText(quoted.replace('合計 ', '')).waitFor();
      const href = await clerk.getByRole('link', { name: 'heimen.pdf' }).getAttribute('href');
      const file = await clerk.request.get(`${app.url('lgwan')}${href}`);
      expect(file.headers()['content-type']).toBe('application/pdf');
      // The review: every checklist item confirmed, a 許可条件 from the templates.
      const checklist = clerk.locator('section', { has: clerk.getByRole('heading', { name: '審査チェックリスト' }) });
      for (const box of await checklist.getByRole('checkbox').all()) await box.check();
      await clerk.getByLabel('ひな形から追加').selectOption({ label: '保安設備' });
      await clerk.getByRole('button', { name: '条件を追加' }).click();
      await clerk.getByRole('button', { name: '許可条件を保存' }).click();
      await clerk.getByText('許可条件を保存しました。').waitFor();
      await checkScreen(clerk, 'permit-case');

      // 補正: the clerk asks for a photo, the applicant answers online with the quantity corrected.
      await clerk.getByLabel('補正を求める内容').fill('現況写真を添付し、電柱の本数を3本に訂正してください。');
      await clerk.getByRole('button', { name: '補正を依頼する' }).click();
      await clerk.getByTestId('application-stage').getByText('補正依頼').waitFor();
      await applicant.reload();
      await applicant.getByText('現況写真を添付し、電柱の本数を3本に訂正してください。').first().waitFor();
      await applicant
        .getByLabel('写真')
        .setInputFiles({ name: 'genkyo.pdf', mimeType: 'application/pdf', buffer: PDF });
      await applicant.getByRole('button', { name: '写真を添付する' }).click();
      await applicant.getByRole('link', { name: 'genkyo.pdf' }).waitFor();
      await applicant.getByRole('link', { name: '申請内容を補正する' }).click();
      for (let step = 0; step < 5; step++) {
        if (step === 1) await applicant.getByLabel('数量（本）').fill('3');
        await applicant.getByRole('button', { name: '次へ' }).click();
      }
      await checkScreen(applicant, 'permit-correction-confirm');
      await applicant.getByRole('button', { name: '補正して再提出する' }).click();
      await applicant.getByTestId('application-stage').getByText('審査中').waitFor();
      await clerk.reload();
      await clerk.getByTestId('fee-total').getByText('7,800円').waitFor();
      await clerk.getByRole('link', { name: '処理中のタスクを開く' }).click();
      await approve(clerk, 'permit-intake-task');
      await clerk.getByRole('link', { name: '業務画面で開く' }).click();
      await clerk.getByRole('link', { name: '処理中のタスクを開く' }).click();
      await approve(clerk);

      // The 道路管理課長 decides from the inbox.
      const kacho = await staffLogin('doro-kacho');
      await kacho.getByRole('link', { name: id, exact: true }).click();
      await approve(kacho, 'permit-decision');
      // As 占用管理者 the 課長 also has the import of historic permits.
      await kacho.getByRole('link', { name: '道路占用' }).click();
      await kacho.getByRole('link', { name: '過去の許可を取り込む' }).click();
      await kacho.getByLabel(/台帳のCSV/).waitFor();
      await checkScreen(kacho, 'permit-import');

      // The applicant sees the permit and pays through the demo provider.
      await applicant.reload();
      await applicant.getByTestId('permit-number').waitFor();
      await applicant.getByText(/保安設備を設け/).waitFor();
      await applicant.getByTestId('application-stage').getByText('許可').waitFor();
      await applicant
        .getByRole('button', { name: /分を支払う$/ })
        .first()
        .click();
      await applicant.getByRole('heading', { name: 'お支払い（デモ決済）' }).waitFor();
      await checkScreen(applicant, 'permit-pay');
      await applicant.getByRole('button', { name: '支払う' }).click();
      await applicant.getByText('お支払いが完了しました。').waitFor();
      await applicant.getByRole('link', { name: '申請の詳細へ戻る' }).click();
      await applicant.getByTestId('bill-paid').first().waitFor();
      await checkScreen(applicant, 'permit-permitted');

      const [download] = await Promise.all([
        applicant.waitForEvent('download'),
        applicant.getByRole('link', { name: '許可書（PDF）をダウンロード' }).click(),
      ]);
      const pdf = await download.createReadStream().then(async (stream) => {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks);
      });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // Anyone holding the code checks the permit on the internet listener.
      const code = (await applicant.getByRole('link', { name: /^[A-Z2-9]{12}$/ }).textContent())!;
      const checker = await newPage({ width: 390, height: 844 });
      // The address printed on the permit: /verify/<code> on the internet listener.
      await checker.goto(`${app.url('internet')}/verify/${code}`);
      await checker.getByTestId('verification-result').getByText('真正な許可書です。本日現在、有効です。').waitFor();
      await checkScreen(checker, 'permit-verified');
    },
    SCENARIO_MS,
  );
});
