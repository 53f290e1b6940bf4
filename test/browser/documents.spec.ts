import type { Browser, Page } from 'playwright-core';
import { UserAccount } from '@ringi/auth';
import { CityDocument } from '@ringi/documents';
import { RINGI_CONFIG, type RingiConfig } from '@ringi/platform';
import { startTestTsa, type TestTsa } from '../../libs/platform/src/pdf/test-support/test-tsa';
import { DEMO_PASSWORD } from '../support/test-app';
import { checkScreen, launchChromium } from './support/browser';
import { startWebTestApp, type WebTestApp } from './support/web-app';

/** A browser scenario on a loaded 2-core machine takes up to half a minute per actor; leave room. */
const SCENARIO_MS = 300_000;

describe('documents in Chromium (browser): 起案, 決裁, search', () => {
  let app: WebTestApp;
  let browser: Browser;
  let tsa: TestTsa;

  beforeAll(async () => {
    [app, browser, tsa] = await Promise.all([startWebTestApp('alpha'), launchChromium(), startTestTsa()]);
    // The city timestamps its signatures (PAdES B-T), so the verification screen has a timestamp to show.
    const config = app.t.app.get<RingiConfig>(RINGI_CONFIG);
    config.tsaUrl = tsa.url;
    config.tsaTrustedFingerprints = [tsa.fingerprintSha256];
  }, SCENARIO_MS);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await tsa?.close();
  }, SCENARIO_MS);

  async function login(username: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    // Other suites may share the 2 cores; a full page load behind a business link can take a while then.
    page.setDefaultTimeout(60_000);
    await page.goto(`${app.url('lgwan')}/staff/login`);
    await page.getByLabel('ユーザー名').fill(username);
    await page.getByLabel('パスワード').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('heading', { name: '受信箱' }).waitFor();
    return page;
  }

  async function displayNameOf(username: string): Promise<string> {
    return (await app.t.dataSource.getRepository(UserAccount).findOneByOrFail({ username })).displayName;
  }

  /** An approver opens the step from the inbox, follows the business link to the document, and approves. */
  async function approve(page: Page, businessKey: string, documentId: string, screen?: string) {
    await page.getByRole('link', { name: businessKey }).click();
    const link = page.getByRole('link', { name: '業務画面で開く' });
    expect(await link.getAttribute('href')).toBe(`/staff/documents/${documentId}`);
    if (screen) {
      await link.click();
      await page.getByTestId('doc-status').getByText('回議中').waitFor();
      await checkScreen(page, screen);
      await page.goBack();
    }
    await page.getByLabel('コメント').fill('確認しました。');
    await page.getByRole('button', { name: '承認', exact: true }).click();
    await page.getByText('承認しました。').waitFor();
  }

  /** Clicks a download link and answers the file's bytes. */
  async function download(page: Page, linkName: string): Promise<Buffer> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: linkName }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  it(
    'staff1 drafts with a record file and sees the route; 係長 and 課長 approve; the decided document has its number and stamps, downloads as PDF, goes out signed and is found by a word of its body',
    async () => {
      const staff = await login('staff1');
      await staff.getByRole('link', { name: '文書', exact: true }).click();
      await staff.getByRole('heading', { name: '起案一覧' }).waitFor();
      await staff.getByText('作成中の起案はありません。').waitFor();

      await staff.getByRole('link', { name: '起案する' }).first().click();
      await staff.getByRole('heading', { name: '起案' }).waitFor();
      await staff.getByLabel('件名').fill('梅林公園の清掃ボランティア募集について');
      await staff
        .getByLabel('伺い文')
        .fill('標記の件について、梅林公園の清掃に参加するボランティアを下記のとおり募集してよろしいか伺います。');
      await staff.getByLabel(/^簿冊/).selectOption({ label: '文書管理・研修' });
      await staff.getByText('保存期間 5年・満了時 廃棄').waitFor();
      await staff.getByLabel('添付ファイル').setInputFiles({
        name: '募集要項.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% 募集要項\n'),
      });
      const planned = staff.getByTestId('planned-route');
      await planned.getByText('係長審査').waitFor();
      expect(await planned.locator('li strong').allTextContents()).toEqual(['起案', '係長審査', '決裁']);
      await checkScreen(staff, 'documents-draft-form');

      await staff.getByRole('button', { name: '回議に回す' }).click();
      await staff.getByTestId('doc-status').getByText('回議中').waitFor();
      const documentId = /\/staff\/documents\/(\d+)$/.exec(new URL(staff.url()).pathname)![1];
      await staff.getByRole('link', { name: '募集要項.pdf' }).waitFor();
      await checkScreen(staff, 'documents-in-route');

      const businessKey = `document-${documentId}`;
      const kakaricho = await login('kakaricho1', { width: 390, height: 844 });
      await approve(kakaricho, businessKey, documentId, 'documents-view-mobile');
      const kacho = await login('kacho1');
      await approve(kacho, businessKey, documentId);

      await staff.reload();
      await staff.getByTestId('doc-status').getByText('決裁済み').waitFor();
      const docNumber = (await staff.getByTestId('doc-number').textContent())!.trim();
      expect(docNumber).toMatch(/^港総第\d+号$/);
      const stamps = staff.getByTestId('stamps');
      expect(await stamps.locator('.stamp__name').allTextContents()).toEqual([
        await displayNameOf('staff1'),
        await displayNameOf('kakaricho1'),
        await displayNameOf('kacho1'),
      ]);
      expect(await stamps.locator('.stamp').last().textContent()).toContain('専決');
      expect(await stamps.locator('time').last().textContent()).toMatch(/^令和\d+年\d+月\d+日 \d{2}:\d{2}$/);
      await checkScreen(staff, 'documents-decided');

      const decidedPdf = await download(staff, '決裁済み文書（決裁欄付き）の PDF をダウンロード');
      expect(decidedPdf.subarray(0, 5).toString()).toBe('%PDF-');

      // 電子施行: the decided document goes out signed with the city's key and timestamped; ringi verifies what it sent.
      await staff.getByLabel('施行の方法').selectOption('electronic');
      await staff.getByLabel('あて先・備考').fill('梅林町内会あて');
      await staff.getByRole('button', { name: '施行する' }).click();
      const signed = await download(staff, '電子施行した署名付き PDF をダウンロード');
      await staff.getByRole('link', { name: '署名検証' }).click();
      await staff.getByLabel('検証する PDF').setInputFiles({
        name: `${docNumber}.pdf`,
        mimeType: 'application/pdf',
        buffer: signed,
      });
      await staff.getByRole('button', { name: '検証する', exact: true }).click();
      await staff.locator('.notice--success').getByTestId('verification-summary').waitFor();
      const signature = staff.locator('.docs-panel', { has: staff.getByRole('heading', { name: '署名1' }) });
      const detail = (term: string) => signature.locator(`dt:text-is("${term}") + dd`);
      expect(await detail('署名証明書の参照').textContent()).toBe('あり');
      expect(await detail('タイムスタンプ').textContent()).toMatch(
        new RegExp(`^令和\\d+年\\d+月\\d+日 \\d{2}:\\d{2}（${tsa.name}）$`),
      );
      expect(await detail('時刻認証局').textContent()).toBe('信頼済み（証明書はタイムスタンプの時刻で確認）');
      const stamped = Date.parse((await detail('タイムスタンプ').locator('time').getAttribute('datetime'))!);
      expect(Math.abs(stamped - Date.now())).toBeLessThan(SCENARIO_MS);
      await checkScreen(staff, 'documents-verify-signature');

      await staff.getByRole('link', { name: '文書検索', exact: true }).click();
      await staff.getByLabel('キーワード（全文）').fill('梅');
      await staff.getByRole('button', { name: '検索', exact: true }).click();
      await staff.getByText('2文字以上の語で検索してください。').waitFor();
      await staff.getByLabel('キーワード（全文）').fill('梅林');
      await staff.getByRole('button', { name: '検索', exact: true }).click();
      const hit = staff.getByRole('row', { name: new RegExp(docNumber) });
      await hit.getByRole('link', { name: '梅林公園の清掃ボランティア募集について' }).waitFor();
      await checkScreen(staff, 'documents-search');
      await hit.getByRole('link').click();
      await staff.getByTestId('doc-number').getByText(docNumber).waitFor();

      await staff.getByRole('link', { name: '起案一覧' }).click();
      await staff.getByRole('link', { name: `${docNumber} 梅林公園の清掃ボランティア募集について` }).waitFor();
      await checkScreen(staff, 'documents-drafts');

      // 収受: a letter comes in, is registered with its own number, and a draft answers it.
      await staff.getByRole('link', { name: '収受', exact: true }).click();
      await staff.getByRole('heading', { name: '収受の登録' }).waitFor();
      await staff.getByLabel('件名').fill('梅林公園の利用に関する照会について');
      await staff.getByLabel('差出人').fill('みなと県土木事務所');
      await staff.getByLabel('先方の文書番号').fill('港土第45号');
      await staff.getByLabel(/^簿冊/).selectOption({ label: '庁内通知・照会' });
      await checkScreen(staff, 'documents-receive');
      await staff.getByRole('button', { name: '収受を登録する' }).click();
      await staff.getByTestId('doc-status').getByText('収受済み').waitFor();
      expect(await staff.getByTestId('doc-number').textContent()).toMatch(/^港総第\d+号$/);
      await staff.getByRole('link', { name: '回答を起案する' }).click();
      await staff.getByText(/に回答する起案です/).waitFor();

      // The records section's screens (staff1 is the demo city's 文書主管).
      await staff.getByRole('link', { name: 'ファイル基準表' }).click();
      await staff.getByRole('cell', { name: '文書管理・研修', exact: true }).waitFor();
      await checkScreen(staff, 'documents-file-plan');
      await staff.getByRole('link', { name: '保存期間満了' }).click();
      await staff.getByRole('cell', { name: '庁内通知・照会（令和元年度）', exact: true }).waitFor();
      await checkScreen(staff, 'documents-retention');
      await staff.getByRole('button', { name: '廃棄の決裁に回す' }).click();
      await staff.getByTestId('disposal-status').getByText('決裁待ち').waitFor();
      await checkScreen(staff, 'documents-disposal');
    },
    SCENARIO_MS,
  );
  it(
    'staff1 keeps a 文例: a blank form is refused next to its fields, the template is added, edited, drafted from and retired',
    async () => {
      const staff = await login('staff1');
      await staff.getByRole('link', { name: '文書', exact: true }).click();
      await staff.getByRole('link', { name: '文例', exact: true }).click();
      await staff.getByRole('heading', { name: '文例', exact: true }).waitFor();

      await staff.getByRole('button', { name: '登録する' }).click();
      await staff.locator('input[aria-invalid="true"]').first().waitFor();
      expect(await staff.getByLabel('文例名').getAttribute('aria-invalid')).toBe('true');
      expect(await staff.getByLabel('件名').getAttribute('aria-invalid')).toBe('true');

      await staff.getByLabel('文例名').fill('公園清掃伺い');
      await staff.getByLabel('件名').fill('公園清掃の実施について');
      await staff.getByLabel('伺い文').fill('標記の件について、下記のとおり公園の清掃を実施してよろしいか伺います。');
      await staff.getByLabel('部長専決（重要なもの）').check();
      await staff.getByRole('button', { name: '登録する' }).click();
      await staff.getByText('文例「公園清掃伺い」を登録しました。').waitFor();
      const row = staff.getByRole('row', { name: /公園清掃伺い/ });
      await row.getByRole('cell', { name: '使用中' }).waitFor();
      await checkScreen(staff, 'documents-templates');

      await row.getByRole('button', { name: '編集' }).click();
      await staff.getByRole('heading', { name: '文例「公園清掃伺い」を編集' }).waitFor();
      await staff.getByLabel('件名').fill('公園清掃（第2回）の実施について');
      await staff.getByRole('button', { name: '更新する' }).click();
      await row.getByRole('cell', { name: '公園清掃（第2回）の実施について' }).waitFor();

      await row.getByRole('link', { name: 'この文例で起案' }).click();
      await staff.getByRole('heading', { name: '起案' }).waitFor();
      const titleField = staff.getByLabel('件名');
      await staff.waitForFunction(
        (want) => Array.from(document.querySelectorAll('input')).some((input) => input.value === want),
        '公園清掃（第2回）の実施について',
      );
      expect(await titleField.inputValue()).toBe('公園清掃（第2回）の実施について');
      expect(await staff.getByLabel('決裁区分').inputValue()).toBe('document-important');
      await staff.getByLabel(/^簿冊/).selectOption({ label: '文書管理・研修' });
      await staff.getByRole('button', { name: '下書き保存' }).click();
      await staff.getByTestId('doc-status').getByText('作成中').waitFor();
      const documentId = Number(/\/staff\/documents\/(\d+)$/.exec(new URL(staff.url()).pathname)![1]);
      const drafted = await app.t.dataSource.getRepository(CityDocument).findOneByOrFail({ id: documentId });
      expect(drafted).toMatchObject({ title: '公園清掃（第2回）の実施について', decisionClass: 'document-important' });
      expect(drafted.templateId).toEqual(expect.any(Number));

      // 文書検索 with 自分の起案: the draft just saved is there.
      await staff.getByRole('link', { name: '文書検索', exact: true }).click();
      await staff.getByLabel('自分の起案（作成中・回議中）だけ').check();
      await staff.getByRole('button', { name: '検索', exact: true }).click();
      await staff.getByRole('link', { name: '公園清掃（第2回）の実施について' }).waitFor();

      await staff.getByRole('link', { name: '文例', exact: true }).click();
      staff.once('dialog', (dialog) => void dialog.accept());
      await staff
        .getByRole('row', { name: /公園清掃伺い/ })
        .getByRole('button', { name: '廃止' })
        .click();
      await staff
        .getByRole('row', { name: /公園清掃伺い/ })
        .getByText(/^廃止（/)
        .waitFor();
      await staff.getByRole('link', { name: '起案する' }).first().click();
      await staff.getByRole('heading', { name: '起案' }).waitFor();
      const offered = await staff.getByLabel('文例', { exact: true }).locator('option').allTextContents();
      expect(offered).not.toContain('公園清掃伺い');

      // A new draft without files is written and sent in one call (起案して回付), with no separate submit.
      const posted: string[] = [];
      staff.on('request', (request) => {
        if (request.method() === 'POST') posted.push(new URL(request.url()).pathname);
      });
      await staff.getByLabel('件名').fill('庁舎見学の受入れについて');
      await staff.getByLabel('伺い文').fill('標記の件について、下記のとおり受け入れてよろしいか伺います。');
      await staff.getByLabel(/^簿冊/).selectOption({ label: '文書管理・研修' });
      await staff.getByTestId('planned-route').getByText('係長審査').waitFor();
      await staff.getByRole('button', { name: '回議に回す' }).click();
      await staff.getByTestId('doc-status').getByText('回議中').waitFor();
      const sentId = Number(/\/staff\/documents\/(\d+)$/.exec(new URL(staff.url()).pathname)![1]);
      expect(await app.t.dataSource.getRepository(CityDocument).findOneByOrFail({ id: sentId })).toMatchObject({
        title: '庁舎見学の受入れについて',
        status: 'inRoute',
      });
      expect(posted.filter((p) => p.startsWith('/api/documents/drafts'))).toEqual(['/api/documents/drafts']);
    },
    SCENARIO_MS,
  );
});
