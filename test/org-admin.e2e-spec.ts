import { Like } from 'typeorm';
import { AuditEvent, UserAccount } from '@ringi/auth';
import { OrgUnit, Posting, Staff } from '@ringi/hr';
import { startTestApp, type TestApp } from './support/test-app';
import { createAccount } from './support/accounts';

type FieldErrors = Record<string, string[]>;
const byField = (body: { errors?: { field: string; messages: string[] }[] }): FieldErrors =>
  Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.messages]));

describe('organisation admin API /api/org (e2e)', () => {
  let t: TestApp;
  let hr: string;
  let reader: string;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T01:00:00Z' });
    await createAccount(t.dataSource, { username: 'hrclerk', roles: ['hr'] });
    await createAccount(t.dataSource, { username: 'reader', roles: ['staff'] });
    hr = await t.login('hrclerk');
    reader = await t.login('reader');
  });
  afterAll(() => t.close());

  const as = (token: string) => ({
    get: (path: string) => t.on('lgwan').get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object) => t.on('lgwan').post(path).set('Authorization', `Bearer ${token}`).send(body),
    patch: (path: string, body: object) => t.on('lgwan').patch(path).set('Authorization', `Bearer ${token}`).send(body),
    delete: (path: string) => t.on('lgwan').delete(path).set('Authorization', `Bearer ${token}`),
  });
  const count = (entity: typeof OrgUnit | typeof Staff | typeof Posting) => t.dataSource.getRepository(entity).count();

  it('builds the organisation chart through the API', async () => {
    const create = async (key: string, body: object) => {
      const res = await as(hr).post('/api/org/units', body);
      expect(res.status).toBe(201);
      ids[key] = res.body.id;
      return res.body;
    };
    await create('city', { code: 'minato-city', name: 'みなと市', kind: 'city' });
    await create('bu', { code: 'soumu-bu', name: '総務部', kind: 'department', parentId: ids.city, sortOrder: 10 });
    expect(
      await create('ka', { code: 'soumu-ka', name: '総務課', kind: 'section', parentId: ids.bu, docSymbol: '港総' }),
    ).toMatchObject({
      code: 'soumu-ka',
      kind: 'section',
      parentId: ids.bu,
      docSymbol: '港総',
      active: true,
    });
    await create('kakari', { code: 'soumu-shomu', name: '庶務係', kind: 'subsection', parentId: ids.ka });
    await create('kaikei', {
      code: 'kaikei',
      name: '会計室',
      kind: 'office',
      parentId: ids.city,
      docSymbol: '港会',
      sortOrder: 90,
    });

    const tree = await as(reader).get('/api/org/units');
    expect(tree.status).toBe(200);
    expect(tree.body).toHaveLength(1);
    expect(tree.body[0]).toMatchObject({ code: 'minato-city', children: [{ code: 'soumu-bu' }, { code: 'kaikei' }] });
    expect(tree.body[0].children[0].children[0].children[0]).toMatchObject({ code: 'soumu-shomu', children: [] });
  });

  it('registers staff, postings and a transfer in advance, and answers the queries', async () => {
    const staff = async (
      key: string,
      employeeNo: string,
      familyName: string,
      givenName: string,
      kana: [string, string],
    ) => {
      const res = await as(hr).post('/api/org/staff', {
        employeeNo,
        familyName,
        givenName,
        familyNameKana: kana[0],
        givenNameKana: kana[1],
      });
      expect(res.status).toBe(201);
      ids[key] = res.body.id;
    };
    await staff('kacho', '200001', '北村', '直子', ['キタムラ', 'ナオコ']);
    await staff('kakaricho', '200002', '南', '健二', ['ミナミ', 'ケンジ']);
    await staff('shuji', '200003', '東', '美穂', ['ヒガシ', 'ミホ']);
    const post = (staffId: number, unitId: number, positionCode: string, extra: object = {}) =>
      as(hr).post('/api/org/postings', { staffId, unitId, positionCode, startDate: '2026-04-01', ...extra });
    expect((await post(ids.kacho, ids.ka, 'section-chief')).status).toBe(201);
    expect((await post(ids.kakaricho, ids.kakari, 'subsection-chief')).status).toBe(201);
    expect((await post(ids.shuji, ids.kakari, 'staff')).status).toBe(201);
    const concurrent = await post(ids.kacho, ids.kaikei, 'section-chief', { concurrent: true, note: '会計室長 兼務' });
    expect(concurrent.status).toBe(201);
    expect(concurrent.body).toMatchObject({
      staffName: '北村 直子',
      unitName: '会計室',
      positionName: '課長',
      concurrent: true,
    });

    const transfer = await as(hr).post(`/api/org/staff/${ids.shuji}/transfers`, {
      unitId: ids.kaikei,
      positionCode: 'chief-staff',
      effectiveDate: '2027-04-01',
      note: '定期人事異動',
    });
    expect(transfer.status).toBe(201);
    expect(transfer.body.closed).toMatchObject({ unitId: ids.kakari, endDate: '2027-03-31' });
    expect(transfer.body.opened).toMatchObject({
      unitId: ids.kaikei,
      positionCode: 'chief-staff',
      startDate: '2027-04-01',
    });

    const members = await as(reader).get(`/api/org/units/${ids.ka}/members?date=2026-11-23`);
    expect(members.status).toBe(200);
    expect(members.body.map((m: { staffName: string }) => m.staffName)).toEqual(['北村 直子', '南 健二', '東 美穂']);
    const later = await as(reader).get(`/api/org/units/${ids.ka}/members?date=2027-04-01`);
    expect(later.body.map((m: { staffName: string }) => m.staffName)).toEqual(['北村 直子', '南 健二']);

    const search = await as(reader).get(
      `/api/org/staff?unitId=${ids.kaikei}&date=2027-04-01&q=${encodeURIComponent('ヒガシ')}`,
    );
    expect(search.status).toBe(200);
    expect(search.body).toMatchObject({
      total: 1,
      items: [{ id: ids.shuji, posts: [{ unitName: '会計室', positionName: '主任' }] }],
    });

    const superiors = await as(reader).get(`/api/org/staff/${ids.shuji}/superiors?date=2026-11-23`);
    expect(superiors.body.map((h: { staffId: number }) => h.staffId)).toEqual([ids.kakaricho, ids.kacho]);
    const nearest = await as(reader).get(
      `/api/org/units/${ids.kakari}/holders?positionCode=section-chief&nearest=true&date=2026-11-23`,
    );
    expect(nearest.body).toEqual([expect.objectContaining({ staffId: ids.kacho, unitId: ids.ka })]);

    const deputy = await as(hr).post('/api/org/deputies', {
      unitId: ids.ka,
      positionCode: 'section-chief',
      deputyUnitId: ids.kakari,
      deputyPositionCode: 'subsection-chief',
      priority: 1,
    });
    expect(deputy.status).toBe(201);
    const absence = await as(hr).post('/api/org/absences', {
      staffId: ids.kakaricho,
      from: '2026-11-24T08:30:00+09:00',
      to: '2026-11-24T17:15:00+09:00',
      reason: '出張（県庁）',
    });
    expect(absence.status).toBe(201);
    const present = await as(reader).get(
      `/api/org/units/${ids.ka}/deputy?positionCode=section-chief&at=2026-11-24T08:00:00%2B09:00`,
    );
    expect(present.body.resolution.deputy.staffId).toBe(ids.kakaricho);
    const away = await as(reader).get(
      `/api/org/units/${ids.ka}/deputy?positionCode=section-chief&at=2026-11-24T10:00:00%2B09:00`,
    );
    expect(away.body).toMatchObject({ resolution: null });
  });

  it('refuses an overlapping main posting with 409 and a Japanese message', async () => {
    const before = await count(Posting);
    const res = await as(hr).post('/api/org/postings', {
      staffId: ids.kakaricho,
      unitId: ids.kaikei,
      positionCode: 'staff',
      startDate: '2026-10-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('本務の配置（庶務係 係長）があり、期間が重なります');
    expect(await count(Posting)).toBe(before);
  });

  it('refuses a cycle in the tree with a message on parentId', async () => {
    const res = await as(hr).patch(`/api/org/units/${ids.bu}`, { parentId: ids.kakari });
    expect(res.status).toBe(400);
    expect(Object.keys(byField(res.body))).toContain('kind');
    const office = await as(hr).post('/api/org/units', {
      code: 'office-b',
      name: '室B',
      kind: 'office',
      parentId: ids.kaikei,
    });
    const cycle = await as(hr).patch(`/api/org/units/${ids.kaikei}`, { parentId: office.body.id });
    expect(cycle.status).toBe(400);
    expect(byField(cycle.body).parentId[0]).toContain('循環');
    expect((await as(hr).delete(`/api/org/units/${office.body.id}`)).status).toBe(204);
  });

  it('refuses to delete staff who have postings or an account (409), deletes staff who have neither', async () => {
    expect((await as(hr).delete(`/api/org/staff/${ids.shuji}`)).status).toBe(409);
    const res = await as(hr).post('/api/org/staff', {
      employeeNo: '200099',
      familyName: '臨時',
      givenName: '太郎',
      familyNameKana: 'リンジ',
      givenNameKana: 'タロウ',
    });
    expect(res.status).toBe(201);
    await createAccount(t.dataSource, { username: 'rinji', staffId: res.body.id });
    const withAccount = await as(hr).delete(`/api/org/staff/${res.body.id}`);
    expect(withAccount.status).toBe(409);
    expect(withAccount.body.message).toContain('ログインアカウント');
    expect(await t.dataSource.getRepository(Staff).existsBy({ id: res.body.id })).toBe(true);
    await t.dataSource.getRepository(UserAccount).delete({ username: 'rinji' });
    expect((await as(hr).delete(`/api/org/staff/${res.body.id}`)).status).toBe(204);
  });

  describe('bad input: 400 with a message per field, nothing written', () => {
    it('unknown fields', async () => {
      const before = await count(OrgUnit);
      const res = await as(hr).post('/api/org/units', {
        code: 'x',
        name: 'X',
        kind: 'office',
        parentId: ids.city,
        isAdmin: true,
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'isAdmin', messages: ['この項目は受け付けていません（不明な項目です）'] },
      ]);
      expect(await count(OrgUnit)).toBe(before);
    });

    it('wrong types, overlong strings and bad formats', async () => {
      const before = await count(OrgUnit);
      const res = await as(hr).post('/api/org/units', {
        code: 'Bad Code!',
        name: 'あ'.repeat(101),
        kind: 'kingdom',
        parentId: 'one',
        docSymbol: '港'.repeat(11),
        sortOrder: 1.5,
      });
      expect(res.status).toBe(400);
      const errors = byField(res.body);
      expect(errors.code).toEqual(['英小文字・数字・「-」で40文字以内にしてください']);
      expect(errors.name).toEqual(['100文字以内で入力してください']);
      expect(errors.kind).toEqual(['選択肢の中から指定してください']);
      expect(errors.parentId).toContain('整数で入力してください');
      expect(errors.docSymbol).toEqual(['10文字以内で入力してください']);
      expect(errors.sortOrder).toContain('整数で入力してください');
      expect(await count(OrgUnit)).toBe(before);
    });

    it('missing fields, impossible dates and katakana', async () => {
      const staffBefore = await count(Staff);
      const staff = await as(hr).post('/api/org/staff', {
        employeeNo: '300001',
        familyName: '西',
        givenName: '',
        familyNameKana: 'にし',
      });
      expect(staff.status).toBe(400);
      expect(byField(staff.body)).toMatchObject({
        givenName: expect.arrayContaining(['入力してください']),
        familyNameKana: ['全角カタカナで入力してください'],
        givenNameKana: expect.arrayContaining(['文字列で入力してください']),
      });
      expect(await count(Staff)).toBe(staffBefore);

      const postingsBefore = await count(Posting);
      const posting = await as(hr).post('/api/org/postings', {
        staffId: ids.shuji,
        unitId: ids.kaikei,
        positionCode: 'emperor',
        startDate: '2026-02-30',
        endDate: '2026/03/31',
        concurrent: 'yes',
      });
      expect(posting.status).toBe(400);
      expect(byField(posting.body)).toMatchObject({
        positionCode: ['選択肢の中から指定してください'],
        startDate: ['日付（YYYY-MM-DD）の形式で、実在する日付を指定してください'],
        endDate: ['日付（YYYY-MM-DD）の形式で、実在する日付を指定してください'],
        concurrent: ['true または false を指定してください'],
      });
      const absence = await as(hr).post('/api/org/absences', {
        staffId: ids.shuji,
        from: '2026-11-24',
        to: 'tomorrow',
        reason: 'x'.repeat(201),
      });
      expect(absence.status).toBe(400);
      expect(Object.keys(byField(absence.body)).sort()).toEqual(['from', 'reason', 'to']);
      expect(await count(Posting)).toBe(postingsBefore);
    });

    it('null for a field that cannot be empty, and bad query strings', async () => {
      const res = await as(hr).patch(`/api/org/units/${ids.ka}`, { name: null });
      expect(res.status).toBe(400);
      expect(Object.keys(byField(res.body))).toEqual(['name']);
      const query = await as(reader).get('/api/org/staff?unitId=abc&date=2026-13-01&limit=1000&extra=1');
      expect(query.status).toBe(400);
      expect(Object.keys(byField(query.body)).sort()).toEqual(['date', 'extra', 'limit', 'unitId']);
      const id = await as(reader).get('/api/org/units/0');
      expect(id.status).toBe(400);
    });
  });

  it('org.read users can read but not change anything (403)', async () => {
    const before = await count(OrgUnit);
    expect((await as(reader).get(`/api/org/units/${ids.ka}`)).status).toBe(200);
    expect((await as(reader).get('/api/org/positions')).body).toHaveLength(11);
    expect(
      (await as(reader).post('/api/org/units', { code: 'x', name: 'X', kind: 'office', parentId: ids.city })).status,
    ).toBe(403);
    expect((await as(reader).patch(`/api/org/units/${ids.ka}`, { name: '改ざん' })).status).toBe(403);
    expect((await as(reader).delete(`/api/org/units/${ids.kakari}`)).status).toBe(403);
    expect(
      (
        await as(reader).post(`/api/org/staff/${ids.shuji}/transfers`, {
          unitId: ids.ka,
          positionCode: 'staff',
          effectiveDate: '2027-04-01',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await as(reader).post('/api/org/absences', {
          staffId: ids.shuji,
          from: '2026-11-24T00:00:00Z',
          to: '2026-11-25T00:00:00Z',
          reason: '休暇',
        })
      ).status,
    ).toBe(403);
    expect(await count(OrgUnit)).toBe(before);
    expect((await t.on('lgwan').get('/api/org/units')).status).toBe(401);
  });

  it('is not served on the internet listener under the alpha zone model', async () => {
    const res = await t.on('internet').get('/api/org/units').set('Authorization', `Bearer ${reader}`);
    expect(res.status).toBe(404);
  });

  it('every change is on the audit trail with the acting user', async () => {
    const rows = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { action: Like('org.%') }, order: { seq: 'ASC' } });
    const actions = rows.map((r) => r.action);
    expect(actions.filter((a) => a === 'org.unit.created')).toHaveLength(6);
    expect(actions).toEqual(
      expect.arrayContaining([
        'org.staff.created',
        'org.posting.created',
        'org.posting.transferred',
        'org.deputy.created',
        'org.absence.created',
        'org.unit.deleted',
      ]),
    );
    expect(new Set(rows.map((r) => r.actorName))).toEqual(new Set(['hrclerk']));
    expect(new Set(rows.map((r) => r.zone))).toEqual(new Set(['lgwan']));
  });
});
