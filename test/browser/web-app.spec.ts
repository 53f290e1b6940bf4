import type { Browser, BrowserContext, Page } from 'playwright-core';
import { currentTotpCode, UserAccount } from '@ringi/auth';
import { DEMO_ACCOUNT_EMPLOYEE_NOS, OrgUnit } from '@ringi/hr';
import { MailOutbox } from '../../libs/auth/src/registration/registration.entities';
import { DEMO_ADMIN_TOTP_SECRET } from '../../seeds/demo-city';
import { createAccount } from '../support/accounts';
import { DEMO_PASSWORD } from '../support/test-app';
import { checkScreen, launchChromium, waitForInputValue } from './support/browser';
import { startWebTestApp, type WebTestApp } from './support/web-app';

/** A browser scenario on a loaded 2-core machine takes up to half a minute; leave room. */
const SCENARIO_MS = 180_000;

describe('the web app in Chromium (browser)', () => {
  let app: WebTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** Every script the staff app fetched for someone who is not an admin. */
  const staffScripts: string[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebTestApp('alpha'), launchChromium()]);
  }, SCENARIO_MS);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  }, SCENARIO_MS);

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  }

  async function displayNameOf(username: string): Promise<string> {
    const account = await app.t.dataSource.getRepository(UserAccount).findOneByOrFail({ username });
    return account.displayName;
  }

  /** Logs in through the login page, with the TOTP step when the account has one. */
  async function staffLogin(username: string, options: { totpSecret?: string; mobile?: boolean } = {}) {
    const page = await newPage(options.mobile ? { width: 390, height: 844 } : undefined);
    if (username !== 'admin') {
      page.on('request', (r) => {
        if (r.resourceType() === 'script') staffScripts.push(r.url());
      });
    }
    await page.goto(`${app.url('lgwan')}/`);
    await page.getByRole('heading', { name: '職員ログイン' }).waitFor();
    await page.getByLabel('ユーザー名').fill(username);
    await page.getByLabel('パスワード').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'ログイン' }).click();
    if (options.totpSecret) {
      await page.getByLabel('確認コード').fill(currentTotpCode(options.totpSecret, app.t.clock.now()));
      await page.getByRole('button', { name: '確認' }).click();
    }
    await page.getByRole('heading', { name: '受信箱' }).waitFor();
    return page;
  }

  /** Opens the inbox task of a case and presses 承認. */
  async function approveFromInbox(page: Page, businessKey: string, screen?: string) {
    await page.getByRole('link', { name: '受信箱' }).click();
    await page.getByRole('link', { name: businessKey }).click();
    await page.getByRole('button', { name: '承認', exact: true }).waitFor();
    if (screen) await checkScreen(page, screen);
    await page.getByLabel('コメント').fill('内容を確認しました。');
    await page.getByRole('button', { name: '承認', exact: true }).click();
    await page.getByText('承認しました。').waitFor();
  }

  it(
    'staff1 drafts a generic request, kakaricho1 and kacho1 approve, staff1 sees the finished route with stamps',
    async () => {
      const staff = await staffLogin('staff1');
      await checkScreen(staff, 'inbox-empty');
      await staff.getByRole('link', { name: '新規申請' }).click();
      await staff.getByRole('link', { name: '汎用申請（伺い）' }).click();
      await staff.getByRole('button', { name: '起案する' }).click();
      await staff.getByText('件名を入力してください。').waitFor();
      await checkScreen(staff, 'new-request-error');
      await staff.getByLabel('件名').fill('庁用自転車の購入について');
      await staff.getByLabel('内容').fill('老朽化した庁用自転車2台を更新したい。');
      await staff.getByRole('button', { name: '起案する' }).click();
      await staff.getByTestId('case-status').getByText('回議中').waitFor();
      const businessKey = (await staff.locator('dl.summary dd').first().textContent())!.trim();
      expect(businessKey).toMatch(/^REQ-/);

      // The drafter's own first step sends the draft on its way.
      await approveFromInbox(staff, businessKey);

      const kakaricho = await staffLogin('kakaricho1', { mobile: true });
      await checkScreen(kakaricho, 'inbox-mobile');
      await approveFromInbox(kakaricho, businessKey, 'task-mobile');

      const kacho = await staffLogin('kacho1');
      await approveFromInbox(kacho, businessKey, 'task');

      await staff.getByRole('link', { name: '自分の申請' }).click();
      await staff.getByRole('link', { name: '庁用自転車の購入について' }).click();
      await staff.getByTestId('case-status').getByText('決裁済み').waitFor();
      const route = staff.getByTestId('route');
      expect(await route.locator('.stamp__name').allTextContents()).toEqual([
        await displayNameOf('staff1'),
        await displayNameOf('kakaricho1'),
        await displayNameOf('kacho1'),
      ]);
      expect(await route.locator('time').first().textContent()).toMatch(/^令和\d+年\d+月\d+日 \d{2}:\d{2}$/);
      await checkScreen(staff, 'case-finished');

      // An idle session ends on the server; the next call sends the user to the login page, saying why.
      app.t.clock.advance(31 * 60_000);
      await staff.getByRole('link', { name: '受信箱' }).click();
      await staff.getByRole('heading', { name: '職員ログイン' }).waitFor();
      await staff.getByText('セッションの有効期限が切れました').waitFor();
      await checkScreen(staff, 'session-expired');
    },
    SCENARIO_MS,
  );

  it(
    'admin draws a two-step process, sees a server problem on its element, deploys; staff1 starts it and it reaches the right inbox',
    async () => {
      const admin = await staffLogin('admin', { totpSecret: DEMO_ADMIN_TOTP_SECRET });
      // 利用者管理: a password the policy refuses is explained next to the action.
      await admin.getByRole('link', { name: '利用者管理' }).click();
      await admin.getByLabel('ユーザー名または氏名で検索').fill('kakaricho1');
      await admin.getByRole('button', { name: '検索', exact: true }).click();
      await admin.getByRole('button', { name: 'kakaricho1' }).click();
      await admin.getByLabel('新しいパスワード').fill('short');
      await admin.getByRole('button', { name: 'パスワードを設定' }).click();
      await admin.locator('.notice--error').waitFor();
      await checkScreen(admin, 'admin-users');
      await admin.getByRole('link', { name: 'ワークフロー管理' }).click();
      await admin.getByRole('heading', { name: '汎用申請（伺い）' }).waitFor();
      await checkScreen(admin, 'admin-definitions');

      // 専決表: a bad rule is refused on its own row; a valid change becomes a new version.
      await admin.getByRole('link', { name: '専決表' }).click();
      await admin.getByLabel('規則1の下限額').waitFor();
      await checkScreen(admin, 'admin-delegation-tables');
      await admin.getByRole('button', { name: '規則を追加' }).first().click();
      const rows = await admin.locator('section').first().locator('tbody tr').count();
      await admin.getByLabel(`規則${rows}の業務種別`).fill('zzz-bad');
      await admin.getByLabel(`規則${rows}の下限額`).fill('100');
      await admin.getByLabel(`規則${rows}の上限額（空欄は上限なし）`).fill('10');
      await admin.getByRole('button', { name: '新しい版として公開' }).first().click();
      await admin.locator('tbody tr.overdue').first().waitFor();
      await checkScreen(admin, 'admin-delegation-tables-problem');
      await admin.getByLabel(`規則${rows}の下限額`).fill('0');
      await admin.getByLabel(`規則${rows}の上限額（空欄は上限なし）`).fill('');
      await admin.getByRole('button', { name: '新しい版として公開' }).first().click();
      await admin.getByText(/第2版として公開しました/).waitFor();
      await admin.getByRole('link', { name: 'ワークフロー管理へ戻る' }).click();

      // A stored version without a diagram is laid out, and its ringi attributes are there to edit.
      await admin
        .locator('section', { has: admin.getByRole('heading', { name: '汎用申請（伺い）' }) })
        .getByRole('button', { name: '版の一覧' })
        .click();
      await admin.getByRole('link', { name: '第1版を開く' }).click();
      await admin.locator('[data-element-id="kakaricho"]').click();
      await waitForInputValue(admin.getByLabel('担当者（ringi:assignee）'), 'post(係長)');
      await waitForInputValue(admin.getByLabel('期限（ringi:due）'), 'P2D');
      await checkScreen(admin, 'modeler-open-version');
      await admin.getByRole('link', { name: 'ワークフロー管理へ戻る' }).click();

      await admin.getByRole('link', { name: '新しいワークフローを作る' }).click();
      await admin.locator('.djs-container').waitFor();

      await admin.getByLabel('プロセスキー').fill('twoStepTest');
      await admin.getByLabel('ワークフロー名').fill('二段階の伺い');
      await admin.getByRole('button', { name: '選択した要素の後に承認手順を追加' }).click();
      await admin.getByLabel('名前').fill('係長確認');
      await admin.getByLabel('担当者（ringi:assignee）').fill('someone(係長)');
      await admin.getByRole('button', { name: '選択した要素の後に承認手順を追加' }).click();
      await admin.getByLabel('名前').fill('課長決裁');
      await admin.getByLabel('担当者（ringi:assignee）').fill('post(課長)');
      await admin.getByLabel('手順の種類（ringi:stepKind）').selectOption('decide');
      await admin.getByLabel('期限（ringi:due）').fill('P3D');
      await admin.getByRole('button', { name: '選択した要素の後に終了を追加' }).click();

      await admin.getByRole('button', { name: '登録して有効にする' }).click();
      await admin.getByRole('heading', { name: /定義の問題/ }).waitFor();
      await admin.locator('.ringi-problem-overlay').first().waitFor();
      await checkScreen(admin, 'modeler-problem');
      const problemButton = admin
        .locator('section', { has: admin.getByRole('heading', { name: /定義の問題/ }) })
        .getByRole('button')
        .first();
      await expect(problemButton.textContent()).resolves.toContain('係長確認');
      await problemButton.click();
      await waitForInputValue(admin.getByLabel('名前'), '係長確認');
      await admin.getByLabel('担当者（ringi:assignee）').fill('post(係長)');
      await admin.getByRole('button', { name: '登録して有効にする' }).click();
      await admin.getByText('第1版として登録し、有効にしました。').waitFor();
      await checkScreen(admin, 'modeler-deployed');

      const staff = await staffLogin('staff1');
      await staff.getByRole('link', { name: '新規申請' }).click();
      await staff.getByRole('link', { name: '二段階の伺い' }).click();
      await staff.getByLabel('件名').fill('研修参加の伺い');
      await staff.getByRole('button', { name: '起案する' }).click();
      await staff.getByTestId('case-status').getByText('回議中').waitFor();
      const businessKey = (await staff.locator('dl.summary dd').first().textContent())!.trim();
      await staff.getByTestId('route').getByText('係長確認').waitFor();

      await admin.getByRole('link', { name: 'ワークフロー管理へ戻る' }).click();
      await admin.getByRole('link', { name: '案件モニター' }).click();
      await admin.getByRole('link', { name: businessKey }).waitFor();
      await checkScreen(admin, 'admin-instances');
      // 担当替え to an unknown account is refused next to the form; the route stays as it was.
      await admin.getByText('「係長確認」の担当替え').click();
      await admin.getByLabel('新しい担当者（ユーザー名）').fill('nobody');
      await admin.getByLabel('理由').fill('異動のため');
      await admin.getByRole('button', { name: '担当替えする' }).click();
      await admin.locator('details .notice--error').waitFor();
      await checkScreen(admin, 'admin-instances-reassign-error');

      const kakaricho = await staffLogin('kakaricho1');
      await kakaricho.getByRole('link', { name: businessKey }).waitFor();
      const kacho = await staffLogin('kacho1');
      expect(await kacho.getByRole('link', { name: businessKey }).count()).toBe(0);
      // 一括承認: one comment for the selection, a result per task.
      await kakaricho.getByRole('checkbox', { name: new RegExp(`^${businessKey} `) }).check();
      await kakaricho.getByLabel('コメント（選択したすべてのタスクに付きます）').fill('一括で確認しました。');
      await kakaricho.getByRole('button', { name: '選択した1件を承認' }).click();
      await kakaricho.getByText(`${businessKey} 係長確認: 承認しました`).waitFor();
      await checkScreen(kakaricho, 'inbox-bulk-result');
      await kacho.reload();
      await kacho.getByRole('link', { name: businessKey }).waitFor();
    },
    SCENARIO_MS,
  );

  it(
    'a new workflow admin enrols a TOTP authenticator at the first login, then reaches the inbox',
    async () => {
      await createAccount(app.t.dataSource, { username: 'dx-admin', roles: ['workflow-admin'] });
      const page = await newPage();
      await page.goto(`${app.url('lgwan')}/staff/login`);
      await page.getByLabel('ユーザー名').fill('dx-admin');
      await page.getByLabel('パスワード').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'ログイン' }).click();
      await page.getByRole('heading', { name: '二要素認証の登録' }).waitFor();
      await page.getByRole('button', { name: '登録を始める' }).click();
      const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
      await checkScreen(page, 'mfa-enrolment');
      await page.getByLabel('確認コード').fill('000000');
      await page.getByRole('button', { name: '登録する' }).click();
      await page.getByText('確認コードが正しくありません').first().waitFor();
      await page.getByLabel('確認コード').fill(currentTotpCode(secret, app.t.clock.now()));
      await page.getByRole('button', { name: '登録する' }).click();
      await page.getByTestId('recovery-codes').waitFor();
      await page.getByRole('button', { name: '控えたので次へ進む' }).click();
      await page.getByRole('heading', { name: '受信箱' }).waitFor();
    },
    SCENARIO_MS,
  );

  it(
    'admin defines a form, staff1 starts it from the catalogue, the values appear on the task screen and kakaricho1 asks for 合議',
    async () => {
      // A TOTP code is accepted once: the next time step gives admin a fresh one.
      app.t.clock.advance(30_000);
      const admin = await staffLogin('admin', { totpSecret: DEMO_ADMIN_TOTP_SECRET });
      await admin.getByRole('link', { name: 'ワークフロー管理' }).click();
      await admin.getByRole('link', { name: '申請様式' }).click();
      await admin.getByRole('button', { name: '「備品購入依頼」を編集' }).waitFor();
      await admin.getByRole('button', { name: '新しい申請様式を作る' }).click();
      await admin.getByLabel('フォームキー').fill('trip-request');
      await admin.getByLabel('様式名').fill('出張申請');
      await admin.getByLabel('項目1の項目名').fill('行き先');
      await admin.getByLabel('項目1のキー').fill('destination');
      await admin.getByLabel('項目1を必須にする').check();
      await admin.getByRole('button', { name: '項目を追加' }).click();
      await admin.getByLabel('項目2の項目名').fill('出発日');
      await admin.getByLabel('項目2のキー').fill('departOn');
      await admin.getByLabel('項目2の種類').selectOption('date');
      await admin.getByLabel('項目2を必須にする').check();
      await admin.getByRole('button', { name: '項目を追加' }).click();
      await admin.getByLabel('項目3の項目名').fill('交通手段');
      await admin.getByLabel('項目3のキー').fill('transport');
      await admin.getByLabel('項目3の種類').selectOption('select');
      // The preview shows the form as staff will see it, before it is published.
      await admin.locator('.form-preview').getByLabel('出発日').waitFor();
      await admin.getByRole('button', { name: '公開する' }).click();
      await admin.getByText('選択肢を1つ以上、空欄なしで入力してください').waitFor();
      await checkScreen(admin, 'admin-form-problem');
      await admin.getByLabel('項目3の選択肢（1行に1つ）').fill('鉄道\n公用車');
      await admin.getByRole('button', { name: '公開する' }).click();
      await admin.getByText('「出張申請」を第1版として公開しました。').waitFor();
      await checkScreen(admin, 'admin-forms');

      const staff = await staffLogin('staff1');
      await staff.getByRole('link', { name: '新規申請' }).click();
      await staff.getByRole('link', { name: '出張申請' }).click();
      await staff.getByRole('button', { name: '申請する' }).click();
      await staff.getByText('行き先を入力してください').waitFor();
      await checkScreen(staff, 'form-request-error');
      await staff.getByLabel('行き先').fill('県庁');
      await staff.getByLabel('出発日').fill('2026-12-01');
      await staff.getByLabel('交通手段').selectOption('鉄道');
      await staff.getByRole('button', { name: '申請する' }).click();
      await staff.getByTestId('case-status').getByText('回議中').waitFor();
      expect(await staff.getByTestId('form-value-departOn').textContent()).toBe('令和8年12月1日');
      const businessKey = (await staff.locator('dl.summary dd').first().textContent())!.trim();
      await approveFromInbox(staff, businessKey);

      const kakaricho = await staffLogin('kakaricho1');
      await kakaricho.getByRole('link', { name: businessKey }).click();
      await kakaricho.getByTestId('form-value-destination').getByText('県庁').waitFor();
      expect(await kakaricho.getByTestId('form-value-transport').textContent()).toBe('鉄道');
      await checkScreen(kakaricho, 'task-form-values');
      const doroKa = await app.t.dataSource.getRepository(OrgUnit).findOneByOrFail({ code: 'doro-ka' });
      await kakaricho.getByLabel('合議先の組織').selectOption(String(doroKa.id));
      await kakaricho.getByLabel('合議先の職').selectOption('section-chief');
      await kakaricho.getByLabel('合議の依頼内容').fill('道路の使用について確認をお願いします。');
      await kakaricho.getByRole('button', { name: '合議を依頼' }).click();
      await kakaricho.getByText('道路管理課長に合議を依頼しました。').waitFor();
      await checkScreen(kakaricho, 'task-consulted');

      // 組織管理: the org chart, a transfer registered ahead of its date (予定), the deputies.
      await admin.getByRole('link', { name: '組織管理' }).click();
      await admin.getByTestId('org-tree').waitFor();
      await checkScreen(admin, 'admin-org-chart');
      await admin.getByRole('link', { name: '職員の配置・異動・不在' }).click();
      await admin.getByLabel('職員を検索').fill(DEMO_ACCOUNT_EMPLOYEE_NOS.staff1);
      await admin.getByRole('button', { name: '検索', exact: true }).click();
      await admin.locator('button[aria-pressed]').first().click();
      const zaisei = await app.t.dataSource.getRepository(OrgUnit).findOneByOrFail({ code: 'zaisei-ka' });
      await admin.getByLabel('異動先の組織').selectOption(String(zaisei.id));
      await admin.getByLabel(/^職\s*必須$/).selectOption('staff');
      const nextYear = Number(new Date().toISOString().slice(0, 4)) + 1;
      await admin.getByLabel('発令日').fill(`${nextYear}-04-01`);
      await admin.getByRole('button', { name: '異動を登録する' }).click();
      await admin.getByText('異動を登録しました。').waitFor();
      await admin.locator('td .badge--planned', { hasText: '予定' }).waitFor();
      await checkScreen(admin, 'admin-org-staff');
      await admin.getByRole('link', { name: '組織図' }).click();
      await admin.getByTestId('org-tree').locator('.badge--planned').first().waitFor();
      await admin.getByRole('link', { name: '代決者' }).click();
      await admin.getByRole('heading', { name: '代決者の指定' }).waitFor();
      await checkScreen(admin, 'admin-org-deputies');
    },
    SCENARIO_MS,
  );

  it('loads the modeler code only on admin pages', () => {
    expect(staffScripts.length).toBeGreaterThan(0);
    expect(staffScripts.filter((url) => /ModelerPage|AdminRoutes/.test(url))).toEqual([]);
  });

  it(
    'an applicant registers and sees an empty my page on the internet listener, where the staff login is not served',
    async () => {
      const page = await newPage({ width: 390, height: 844 });
      await page.goto(`${app.url('internet')}/`);
      await page.getByRole('heading', { name: 'みなと市 電子申請' }).waitFor();
      await checkScreen(page, 'portal-top');
      await page.getByRole('link', { name: '利用者登録', exact: true }).click();
      await page.getByLabel('メールアドレス').fill('taro@example.jp');
      await page.getByLabel('氏名').fill('港 太郎');
      await page.getByLabel(/^パスワード\s*必須$/).fill('Minato-portal-2026');
      await page.getByLabel('パスワード（確認）').fill('Minato-portal-2026');
      await page.getByRole('button', { name: '登録する' }).click();
      await page.getByRole('heading', { name: '確認メールを送信しました' }).waitFor();
      await checkScreen(page, 'portal-registered');

      const mail = await app.t.dataSource.getRepository(MailOutbox).findOneByOrFail({ recipient: 'taro@example.jp' });
      const link = /https?:\/\/\S+\/portal\/confirm\?token=\S+/.exec(mail.body)![0];
      expect(link.startsWith(app.url('internet'))).toBe(true);
      await page.goto(link);
      await page.getByText('メールアドレスを確認しました。').waitFor();
      await page.getByRole('link', { name: 'ログインへ進む' }).click();
      // Keyboard only: type, Tab to the next field, Enter submits; focus is always visible.
      await page.getByLabel('メールアドレス').focus();
      await page.keyboard.type('taro@example.jp');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        return { label: el.labels?.[0]?.textContent ?? '', outline: getComputedStyle(el).outlineStyle };
      });
      expect(focused.label).toContain('パスワード');
      expect(focused.outline).not.toBe('none');
      await page.keyboard.type('Minato-portal-2026');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'マイページ' }).waitFor();
      await page.getByTestId('no-applications').waitFor();
      await checkScreen(page, 'portal-mypage');

      const staffLoginPage = await page.goto(`${app.url('internet')}/staff/login`);
      expect(staffLoginPage?.status()).toBe(404);
      expect(await page.textContent('body')).toContain('この接続系では提供していない画面です');
    },
    SCENARIO_MS,
  );
});
