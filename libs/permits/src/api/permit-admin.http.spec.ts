import fs from 'node:fs';
import { AuditEvent } from '@ringi/auth';
import { PermitApplication } from '../applications/permit-application.entity';
import { PermitFeeAreaTable } from '../fee-areas/fee-area-table.entity';
import { PermitFeeTable } from '../fee-tables/fee-table.entity';
import { NATIONAL_FEE_RULES } from '../fees/occupancy-fee';
import { DEMO_FEE_TABLE } from '../seed/demo-fee-table';
import { startPermitsApp, type PermitsApp } from '../test-support/permits-app';

const CSV = fs.readFileSync(new URL('../imports/fixtures/historic-permits.csv', import.meta.url));

const FEE_TABLE = {
  version: 'R9',
  effectiveFrom: '2027-04-01',
  rules: NATIONAL_FEE_RULES,
  prices: DEMO_FEE_TABLE.prices,
};

const AREA_TABLE = {
  version: 'R9',
  effectiveFrom: '2027-04-01',
  defaultDistrict: 3,
  areas: [
    {
      name: '泊地区',
      feeDistrict: 1,
      polygon: [
        [
          [127.66, 26.22],
          [127.69, 26.22],
          [127.69, 26.235],
          [127.66, 26.235],
          [127.66, 26.22],
        ],
      ],
    },
  ],
};

describe('占用管理者 (permit.admin): the permit master data is not every clerk’s work (e2e)', () => {
  let p: PermitsApp;

  beforeAll(async () => {
    p = await startPermitsApp();
  });
  afterAll(() => p.t.close());

  const importAs = async (who: string) =>
    p.t
      .on('lgwan')
      .post('/api/permits/imports')
      .set('Authorization', `Bearer ${await p.wf.token(who)}`)
      .attach('csv', CSV, 'historic.csv');

  const counts = async () => ({
    feeTables: await p.t.dataSource.getRepository(PermitFeeTable).count(),
    areaTables: await p.t.dataSource.getRepository(PermitFeeAreaTable).count(),
    applications: await p.t.dataSource.getRepository(PermitApplication).count(),
  });

  it('refuses a plain permit clerk every write of the master data, in Japanese, audited, and writes nothing', async () => {
    const before = await counts();
    const refused = [
      await p.clerk('permit1').post('/api/permits/fee-tables', FEE_TABLE),
      await p.clerk('permit1').post('/api/permits/fee-area-tables', AREA_TABLE),
      await importAs('permit1'),
    ];
    for (const res of refused) {
      expect(res.status).toBe(403);
      expect(res.body.message).toBe('この操作を行う権限がありません。');
    }
    expect(await counts()).toEqual(before);
    const denied = await p.t.dataSource.getRepository(AuditEvent).findBy({ action: 'access.denied' });
    expect(denied.map((e) => JSON.parse(String(e.detail)))).toEqual([
      { missing: ['permit.admin'] },
      { missing: ['permit.admin'] },
      { missing: ['permit.admin'] },
    ]);
  });

  it('still lets the clerk read the fee tables and the 級地 areas they work with', async () => {
    expect((await p.clerk('permit1').get('/api/permits/fee-tables')).status).toBe(200);
    expect((await p.clerk('permit1').get('/api/permits/fee-area-tables')).status).toBe(200);
    expect((await p.clerk('permit1').get('/api/portal/permits/categories')).status).toBe(200);
  });

  it('lets the 道路管理課長 as 占用管理者 add table versions and import the old register', async () => {
    const me = await p.clerk('doro-kacho').get('/api/auth/me');
    expect(me.body.permissions).toEqual(expect.arrayContaining(['permit.admin', 'permit.process']));
    const before = await counts();
    expect((await p.clerk('doro-kacho').post('/api/permits/fee-tables', FEE_TABLE)).status).toBe(201);
    expect((await p.clerk('doro-kacho').post('/api/permits/fee-area-tables', AREA_TABLE)).status).toBe(201);
    const imported = await importAs('doro-kacho');
    expect(imported.status).toBe(200);
    expect(imported.body.imported.length + imported.body.rejected.length).toBeGreaterThan(0);
    const after = await counts();
    expect(after.feeTables).toBe(before.feeTables + 1);
    expect(after.areaTables).toBe(before.areaTables + 1);
    expect(after.applications).toBe(before.applications + imported.body.imported.length);
  });
});
