import iconv from 'iconv-lite';
import { AuditTrail } from '@ringi/auth';
import { Transactions } from '@ringi/platform';
import { startTestApp, type TestApp } from './support/test-app';
import { createAccount } from './support/accounts';

describe('audit trail (e2e)', () => {
  let t: TestApp;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t.dataSource, { username: 'auditor', roles: ['auditor'] });
    await createAccount(t.dataSource, { username: 'staff1' });
    await t.login('staff1');
    await t.on('lgwan').post('/api/auth/login').send({ username: 'staff1', password: 'wrong-password' });
    auditor = await t.login('auditor');
  });
  afterAll(() => t.close());

  const asAuditor = (path: string) => t.on('lgwan').get(path).set('Authorization', `Bearer ${auditor}`);

  it('records logins with actor, zone, client address and outcome, chained by hash', async () => {
    const res = await asAuditor('/api/audit/events?action=auth.login');
    expect(res.status).toBe(200);
    const failure = res.body.items.find((e: { outcome: string }) => e.outcome === 'failure');
    expect(failure).toMatchObject({
      actorName: 'staff1',
      zone: 'lgwan',
      action: 'auth.login',
      detail: { reason: 'bad-password' },
    });
    expect(failure.clientAddress).toMatch(/127\.0\.0\.1/);
    expect(failure.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(
      res.body.items.some(
        (e: { outcome: string; actorName: string }) => e.outcome === 'success' && e.actorName === 'staff1',
      ),
    ).toBe(true);
  });

  it('refuses the audit trail to anyone without audit.read', async () => {
    const staff = await t.login('staff1');
    const res = await t.on('lgwan').get('/api/audit/events').set('Authorization', `Bearer ${staff}`);
    expect(res.status).toBe(403);
    const denied = await asAuditor('/api/audit/events?action=access.denied');
    expect(denied.body.items[0]).toMatchObject({
      actorName: 'staff1',
      outcome: 'denied',
      targetId: 'GET /api/audit/events',
    });
  });

  it('exports CSV that Excel opens: UTF-8 with BOM, or Shift_JIS on request', async () => {
    const utf8 = await asAuditor('/api/audit/events.csv')
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(utf8.status).toBe(200);
    expect(utf8.headers['content-type']).toMatch(/text\/csv; charset=UTF-8/);
    const body = utf8.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('連番,日時,利用者ID,利用者');
    expect(body.toString('utf8')).toContain('\r\n');

    const sjis = await asAuditor('/api/audit/events.csv?encoding=shift_jis')
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(iconv.decode(sjis.body as Buffer, 'Shift_JIS')).toContain('連番,日時');
  });

  it('a row recorded inside a transaction is written at its commit, and not at all when it fails', async () => {
    const trail = t.app.get(AuditTrail);
    const transactions = t.app.get(Transactions);
    const count = async (action: string) =>
      Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM audit_event WHERE action = ?', [action]))[0].n);

    let seenInside = -1;
    await transactions.run(async (em) => {
      await trail.record({ action: 'test.committed', actor: { userId: null, name: 'test' } });
      await trail.record({ action: 'test.committed', actor: { userId: null, name: 'test' } });
      seenInside = Number(
        (await em.query('SELECT COUNT(*) AS n FROM audit_event WHERE action = ?', ['test.committed']))[0].n,
      );
    });
    expect(seenInside).toBe(0); // the chain head is not locked while the transaction does its work
    expect(await count('test.committed')).toBe(2);

    // Rows of one transaction are appended together, in the order recorded, with consecutive numbers; a row
    // recorded while they are being written (by other work queued for the commit) follows them.
    await transactions.run(async () => {
      for (const n of [1, 2, 3])
        await trail.record({ action: `test.batch-${n}`, actor: { userId: null, name: 'test' } });
      await transactions.atCommitTogether({}, null, () =>
        trail.record({ action: 'test.batch-4', actor: { userId: null, name: 'test' } }),
      );
    });
    const batch: { seq: number; action: string }[] = await t.dataSource.query(
      `SELECT seq, action FROM audit_event WHERE action LIKE 'test.batch-%' ORDER BY seq`,
    );
    expect(batch.map((r) => r.action)).toEqual(['test.batch-1', 'test.batch-2', 'test.batch-3', 'test.batch-4']);
    expect(batch.map((r) => Number(r.seq) - Number(batch[0].seq))).toEqual([0, 1, 2, 3]);

    await expect(
      transactions.run(async () => {
        await trail.record({ action: 'test.rolled-back', actor: { userId: null, name: 'test' } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count('test.rolled-back')).toBe(0);

    await trail.record({ action: 'test.alone', actor: { userId: null, name: 'test' } });
    expect(await count('test.alone')).toBe(1); // outside a transaction it is written at once
    expect((await asAuditor('/api/audit/verify')).body.ok).toBe(true);
  });

  it('verifies the chain, and finds the first row edited behind its back', async () => {
    const intact = await asAuditor('/api/audit/verify');
    expect(intact.status).toBe(200);
    expect(intact.body.ok).toBe(true);
    expect(intact.body.checked).toBeGreaterThan(3);

    await t.dataSource.query(`UPDATE audit_event SET outcome = 'success' WHERE seq = 2`);
    const broken = await asAuditor('/api/audit/verify');
    expect(broken.body).toMatchObject({
      ok: false,
      firstBroken: { seq: 2, reason: 'row content does not match its hash' },
    });
  });

  it('notices a deleted row', async () => {
    const fresh = await startTestApp();
    try {
      await createAccount(fresh.dataSource, { username: 'auditor', roles: ['auditor'] });
      for (let i = 0; i < 3; i++) await fresh.login('auditor');
      await fresh.dataSource.query('DELETE FROM audit_event WHERE seq = 2');
      const token = await fresh.login('auditor');
      const res = await fresh.on('lgwan').get('/api/audit/verify').set('Authorization', `Bearer ${token}`);
      expect(res.body).toMatchObject({ ok: false, firstBroken: { seq: 2, reason: 'row 2 is missing' } });
    } finally {
      await fresh.close();
    }
  });
});
