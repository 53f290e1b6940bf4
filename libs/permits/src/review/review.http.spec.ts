import { PDFDocument } from 'pdf-lib';
import { AuditEvent } from '@ringi/auth';
import { PermitApplication } from '../applications/permit-application.entity';
import { POLE, startPermitsApp, type PermitsApp } from '../test-support/permits-app';

describe('the clerks’ review: counter entry, checklist, conditions, police consultation and 減免 (e2e)', () => {
  let p: PermitsApp;
  let applicant: string;

  beforeAll(async () => {
    p = await startPermitsApp();
    applicant = await p.t.login('gas@example.jp', 'internet');
  });
  afterAll(() => p.t.close());

  const detail = async (id: number) => (await p.clerk('permit1').get(`/api/permits/applications/${id}`)).body;
  const applications = () => p.t.dataSource.getRepository(PermitApplication).count();
  const PAPER = { name: '港 太郎', address: 'みなと市泊2丁目3番4号', contact: '098-000-0000' };

  describe('窓口代行入力', () => {
    it('enters a paper application for an applicant without an account, audited as a proxy entry', async () => {
      const res = await p.clerk('permit1').post('/api/permits/applications', { ...POLE, applicant: PAPER });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'reviewing',
        holderName: '港 太郎',
        applicant: { ...PAPER, portalUserId: null },
        quotedFeeYen: 4400,
      });
      expect(res.body.enteredByUserId).toBe(await p.wf.userId('permit1'));
      const audit = await p.t.dataSource
        .getRepository(AuditEvent)
        .findOneByOrFail({ action: 'permits.application.counter-entered', targetId: String(res.body.id) });
      expect(audit.capacity).toBe('proxy');
      expect(JSON.parse(audit.detail!)).toMatchObject({ onBehalfOf: '港 太郎' });
      expect(await p.wf.taskOf('permit1', res.body.instanceId)).toMatchObject({ elementId: 'intake' });
    });

    it('lets the clerk attach the drawings of the paper application, sanitised like the portal’s', async () => {
      const { body } = await p.clerk('permit1').post('/api/permits/applications', { ...POLE, applicant: PAPER });
      const doc = await PDFDocument.create();
      doc.addPage();
      const drawing = Buffer.from(await doc.save());
      const attach = async (content: Buffer) =>
        p.t
          .on('lgwan')
          .post(`/api/permits/applications/${body.id}/attachments`)
          .set('Authorization', `Bearer ${await p.wf.token('permit1')}`)
          .field('attachmentKind', '位置図')
          .attach('file', content, 'ichizu.pdf');
      const res = await attach(drawing);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ attachmentKind: '位置図', mediaType: 'application/pdf' });
      const hostile = Buffer.from(
        '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
        'latin1',
      );
      expect((await attach(hostile)).status).toBe(400);
      expect((await detail(body.id)).missingAttachments).toEqual(['平面図', '写真']);
      const audit = await p.t.dataSource
        .getRepository(AuditEvent)
        .findOneByOrFail({ action: 'permits.attachment.uploaded', targetId: String(body.id) });
      expect(audit.capacity).toBe('proxy');
    });

    it('links the case to the applicant’s portal account when given, so they follow it online', async () => {
      const res = await p.clerk('permit1').post('/api/permits/applications', {
        ...POLE,
        applicant: { ...PAPER, name: 'みなとガス株式会社', portalUsername: 'GAS@example.jp' },
      });
      expect(res.status).toBe(201);
      const mine = await p.portal(applicant).get(`/api/portal/permits/applications/${res.body.id}`);
      expect(mine.status).toBe(200);
      expect(mine.body.holderName).toBe('みなとガス株式会社');
    });

    it('checks the application as the portal does, and the applicant as well; writes nothing on bad input', async () => {
      const before = await applications();
      const bad = await p.clerk('permit1').post('/api/permits/applications', {
        ...POLE,
        fields: { height: 40 },
        periodTo: '2040-01-01',
        applicant: PAPER,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'fields.height',
        'fields.poleNumbers',
        'periodTo',
      ]);
      const noApplicant = await p.clerk('permit1').post('/api/permits/applications', POLE);
      expect(noApplicant.status).toBe(400);
      const blankName = await p.clerk('permit1').post('/api/permits/applications', {
        ...POLE,
        applicant: { ...PAPER, name: '' },
      });
      expect(blankName.status).toBe(400);
      const unknownAccount = await p.clerk('permit1').post('/api/permits/applications', {
        ...POLE,
        applicant: { ...PAPER, portalUsername: 'nobody@example.jp' },
      });
      expect(unknownAccount.status).toBe(422);
      const staffAccount = await p.clerk('permit1').post('/api/permits/applications', {
        ...POLE,
        applicant: { ...PAPER, portalUsername: 'staff1' },
      });
      expect(staffAccount.status).toBe(422);
      expect(await applications()).toBe(before);
      expect((await p.clerk('staff1').post('/api/permits/applications', { ...POLE, applicant: PAPER })).status).toBe(
        403,
      );
      expect((await p.portal(applicant).post('/api/permits/applications', { ...POLE, applicant: PAPER })).status).toBe(
        404,
      );
    });
  });

  describe('審査チェックリスト', () => {
    it('keeps the case from 決裁 until every required item is checked (422), then lets it go', async () => {
      const { body } = await p.portal(applicant).post('/api/portal/permits/applications', POLE);
      await p.wf.act('permit1', body.instanceId);
      const list = (await detail(body.id)).checklist as Array<{ key: string; required: boolean; checked: boolean }>;
      expect(list.map((i) => i.key)).toEqual(['place', 'noAlternative', 'period', 'clearance', 'photo']);
      expect(list.every((i) => !i.checked)).toBe(true);

      const review = await p.wf.taskOf('permit1', body.instanceId);
      const early = await p.wf.post(`/api/workflow/tasks/${review.id}/approve`, 'permit1', {});
      expect(early.status).toBe(422);
      expect(early.body.errors[0].messages).toContain('未確認: 歩道の有効幅員2m以上が確保されている');
      expect(await p.wf.taskOf('permit1', body.instanceId)).toMatchObject({ id: review.id, elementId: 'review' });

      const url = (key: string) => `/api/permits/applications/${body.id}/checklist/${key}`;
      expect((await p.clerk('permit1').put(url('colour'), { checked: true })).status).toBe(400);
      expect((await p.clerk('permit1').put(url('place'), { checked: 'yes' })).status).toBe(400);
      for (const key of ['place', 'noAlternative', 'period']) {
        expect((await p.clerk('permit1').put(url(key), { checked: true })).status).toBe(200);
      }
      const marked = await p.clerk('permit1').put(url('clearance'), { checked: true, note: '現地で2.3m' });
      expect(marked.body.checklist[3]).toMatchObject({ checked: true, note: '現地で2.3m' });
      await p.clerk('permit1').put(url('clearance'), { checked: false });
      expect((await p.wf.post(`/api/workflow/tasks/${review.id}/approve`, 'permit1', {})).status).toBe(422);
      await p.clerk('permit1').put(url('clearance'), { checked: true });
      expect((await p.wf.post(`/api/workflow/tasks/${review.id}/approve`, 'permit1', {})).status).toBe(200);
      expect(await p.wf.taskOf('doro-kacho', body.instanceId)).toMatchObject({ elementId: 'decision' });
      expect(
        await p.t.dataSource
          .getRepository(AuditEvent)
          .countBy({ action: 'permits.review.checklist-marked', targetId: String(body.id) }),
      ).toBe(6);
    });
  });

  describe('許可条件', () => {
    it('offers the templates that suit the category and keeps the conditions as the clerk edited them', async () => {
      const templates = await p.clerk('permit1').get('/api/permits/condition-templates?categoryCode=pole-1');
      const codes = templates.body.map((t: { code: string }) => t.code);
      expect(codes).toEqual(expect.arrayContaining(['works-hours', 'safety', 'restore', 'pole-plate']));
      expect(codes).not.toContain('buried-marker');
      const { body } = await p.portal(applicant).post('/api/portal/permits/applications', POLE);
      const url = `/api/permits/applications/${body.id}/conditions`;
      const conditions = [
        { templateCode: 'safety', text: '工事中は保安設備を設け、交通誘導員を2名配置すること。' },
        { text: '電柱の移設は隣接する商店の営業時間外に行うこと。' },
      ];
      const set = await p.clerk('permit1').put(url, { conditions });
      expect(set.status).toBe(200);
      expect(set.body.conditions).toEqual([
        { templateCode: 'safety', text: conditions[0].text },
        { templateCode: null, text: conditions[1].text },
      ]);
      expect((await p.clerk('permit1').put(url, { conditions: [{ templateCode: 'nope', text: 'x' }] })).status).toBe(
        400,
      );
      expect((await p.clerk('permit1').put(url, { conditions: [{ text: '' }] })).status).toBe(400);
      expect((await p.clerk('permit1').put(url, { conditions: 'all' })).status).toBe(400);
      expect((await detail(body.id)).conditions).toHaveLength(2);
    });
  });

  describe('道路使用許可協議', () => {
    it('needs the police’s answer recorded before the police step completes', async () => {
      const { body } = await p
        .portal(applicant)
        .post('/api/portal/permits/applications', { ...POLE, policeConsultation: true });
      await p.wf.act('permit1', body.instanceId);
      await p.tickChecklist(body.id);
      await p.wf.act('permit1', body.instanceId);
      const police = await p.wf.taskOf('permit1', body.instanceId);
      expect(police.elementId).toBe('police');
      const early = await p.wf.post(`/api/workflow/tasks/${police.id}/approve`, 'permit1', {});
      expect(early.status).toBe(422);
      expect(early.body.message).toContain('警察');

      const url = `/api/permits/applications/${body.id}/police-consultation`;
      const result = { consultedOn: '2026-04-06', result: 'agreedWithConditions', reference: '港署交第45号' };
      expect((await p.clerk('permit1').put(url, { ...result, consultedOn: '2026-05-01' })).status).toBe(400);
      expect((await p.clerk('permit1').put(url, { ...result, result: 'maybe' })).status).toBe(400);
      expect((await p.clerk('permit1').put(url, { ...result, reference: '' })).status).toBe(400);
      const recorded = await p.clerk('permit1').put(url, { ...result, note: '夜間（21時〜6時）に限る' });
      expect(recorded.status).toBe(200);
      expect(recorded.body.policeResult).toMatchObject({ ...result, note: '夜間（21時〜6時）に限る' });
      expect((await p.wf.post(`/api/workflow/tasks/${police.id}/approve`, 'permit1', {})).status).toBe(200);
      expect(await p.wf.taskOf('doro-kacho', body.instanceId)).toMatchObject({ elementId: 'decision' });
    });

    it('refuses a police result for an application that needs no consultation', async () => {
      const { body } = await p.portal(applicant).post('/api/portal/permits/applications', POLE);
      const res = await p.clerk('permit1').put(`/api/permits/applications/${body.id}/police-consultation`, {
        consultedOn: '2026-04-06',
        result: 'agreed',
        reference: '港署交第46号',
      });
      expect(res.status).toBe(422);
    });
  });

  describe('減免', () => {
    it('changes the fee only once the section chief approved it, and bills the reduced fee', async () => {
      const { body } = await p.portal(applicant).post('/api/portal/permits/applications', POLE);
      const url = `/api/permits/applications/${body.id}/exemption`;
      expect((await p.clerk('permit1').post(url, { percent: 0, reason: 'x' })).status).toBe(400);
      expect((await p.clerk('permit1').post(url, { percent: 50 })).status).toBe(400);
      const asked = await p.clerk('permit1').post(url, { percent: 50, reason: '公益上必要な施設（条例第5条第1号）' });
      expect(asked.status).toBe(200);
      expect(asked.body).toMatchObject({ quotedFeeYen: 4400, exemption: { percent: 50, status: 'requested' } });

      expect((await p.clerk('permit1').post(`${url}/decision`, { approve: true })).status).toBe(403);
      expect((await p.clerk('doro-kacho').post(`${url}/decision`, { approve: 'yes' })).status).toBe(400);
      const approved = await p.clerk('doro-kacho').post(`${url}/decision`, { approve: true, comment: '該当' });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ quotedFeeYen: 2200, exemption: { status: 'approved', comment: '該当' } });
      expect(approved.body.feeBreakdown.fiscalYears[0]).toMatchObject({ baseYen: 4400, exemptionYen: 2200, yen: 2200 });
      expect((await p.clerk('doro-kacho').post(`${url}/decision`, { approve: true })).status).toBe(409);
      expect(
        await p.t.dataSource
          .getRepository(AuditEvent)
          .countBy({ action: 'permits.exemption.approved', targetId: String(body.id) }),
      ).toBe(1);

      await p.decide(body);
      const decided = (await p.portal(applicant).get(`/api/portal/permits/applications/${body.id}`)).body;
      expect(decided.bills.map((b: { amountYen: number }) => b.amountYen)).toEqual([2200]);
    });

    it('keeps an approved 減免 in the fee when the applicant corrects the application', async () => {
      const { body } = await p.portal(applicant).post('/api/portal/permits/applications', POLE);
      const url = `/api/permits/applications/${body.id}/exemption`;
      await p.clerk('permit1').post(url, { percent: 50, reason: '公益上必要な施設' });
      await p.clerk('doro-kacho').post(`${url}/decision`, { approve: true });
      await p
        .clerk('permit1')
        .post(`/api/permits/applications/${body.id}/correction-request`, { message: '本数を確認' });
      const corrected = await p
        .portal(applicant)
        .put(`/api/portal/permits/applications/${body.id}`, { ...POLE, quantity: 3 });
      expect(corrected.status).toBe(200);
      // 3 poles × 2,400円 × 11/12 = 6,600円, half waived
      expect(corrected.body).toMatchObject({
        quotedFeeYen: 3300,
        feeBreakdown: { fiscalYears: [{ exemptionYen: 3300 }] },
      });
      expect((await p.clerk('permit1').post(url, { percent: 10, reason: 'x' })).status).toBe(409);
    });

    it('keeps the fee when the section chief refuses', async () => {
      const { body } = await p.portal(applicant).post('/api/portal/permits/applications', POLE);
      const url = `/api/permits/applications/${body.id}/exemption`;
      expect((await p.clerk('permit1').post(`${url}/decision`, { approve: true })).status).toBe(409);
      await p.clerk('permit1').post(url, { percent: 100, reason: '災害復旧' });
      const refused = await p.clerk('doro-kacho').post(`${url}/decision`, { approve: false, comment: '該当しない' });
      expect(refused.body).toMatchObject({ quotedFeeYen: 4400, exemption: { status: 'rejected' } });
    });
  });
});
