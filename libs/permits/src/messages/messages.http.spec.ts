import { AuditEvent } from '@ringi/auth';
import { createAccount } from '../../../../test/support/accounts';
import { POLE, startPermitsApp, type PermitsApp } from '../test-support/permits-app';

describe('messages between the applicant and the clerks on an application (e2e)', () => {
  let p: PermitsApp;
  let applicant: string;
  let id: number;
  const mine = () => `/api/portal/permits/applications/${id}/messages`;
  const staff = () => `/api/permits/applications/${id}/messages`;

  beforeAll(async () => {
    p = await startPermitsApp();
    applicant = await p.t.login('gas@example.jp', 'internet');
    id = (await p.portal(applicant).post('/api/portal/permits/applications', POLE)).body.id;
  });
  afterAll(() => p.t.close());

  it('carries a question to the clerks and their answer back, each unread for the other side until read', async () => {
    const question = '支線の位置は<b>変えられ</b>ますか。';
    const asked = await p.portal(applicant).post(mine(), { body: `  ${question}\n` });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ authorKind: 'applicant', authorName: 'みなとガス株式会社 道路占用担当' });
    expect(asked.body.body).toBe(question);

    const seen = (await p.clerk('permit1').get(staff())).body;
    expect(seen).toMatchObject({ unread: 1, messages: [{ authorKind: 'applicant', body: question, unread: true }] });
    const answered = await p.clerk('permit1').post(staff(), { body: '平面図の範囲内であれば変えられます。' });
    expect(answered.status).toBe(201);
    // Answering reads the question.
    expect((await p.clerk('permit1').get(staff())).body.unread).toBe(0);

    const thread = (await p.portal(applicant).get(mine())).body;
    expect(thread.unread).toBe(1);
    expect(thread.messages.map((m: { authorKind: string; unread: boolean }) => [m.authorKind, m.unread])).toEqual([
      ['applicant', false],
      ['clerk', true],
    ]);
    expect((await p.portal(applicant).post(`${mine()}/read`)).status).toBe(204);
    expect((await p.portal(applicant).get(mine())).body.unread).toBe(0);

    const audited = await p.t.dataSource.getRepository(AuditEvent).findBy({ action: 'permits.message.posted' });
    expect(audited.map((e) => e.targetId)).toEqual([String(id), String(id)]);
  });

  it('refuses an empty or overlong message, or an unknown field, with a message (400)', async () => {
    for (const body of [{ body: '   ' }, { body: 'あ'.repeat(2001) }, { body: 'はい', html: true }, {}]) {
      const res = await p.portal(applicant).post(mine(), body);
      expect(res.status).toBe(400);
    }
    const empty = await p.portal(applicant).post(mine(), { body: ' ' });
    expect(JSON.stringify(empty.body)).toContain('本文を入力してください');
  });

  it('shows an applicant only their own applications’ messages, and clerks’ only to permit clerks on LGWAN', async () => {
    await createAccount(p.t.dataSource, { username: 'other@example.jp', kind: 'applicant', roles: ['applicant'] });
    const other = await p.t.login('other@example.jp', 'internet');
    expect((await p.portal(other).get(mine())).status).toBe(404);
    expect((await p.portal(other).post(mine(), { body: '横から失礼します' })).status).toBe(404);
    expect((await p.portal(applicant).get(staff())).status).toBe(404);
    expect((await p.clerk('staff1').get(staff())).status).toBe(403);
    expect((await p.clerk('permit1').get('/api/permits/applications/99999/messages')).status).toBe(404);
  });
});
