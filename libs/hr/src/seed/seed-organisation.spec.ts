/** Medium tier: the demo city loaded into a real database, twice, and queried. */
import { Transactions } from '@ringi/platform';
import { createHrTestContext, type HrTestContext } from '../test-support/hr-testing-module';
import { OrganisationService } from '../organisation/organisation.service';
import { PositionRoleSource } from '../organisation/position-role-source';
import { OrgUnit } from '../organisation/entities/org-unit.entity';
import { Posting } from '../organisation/entities/posting.entity';
import { Staff } from '../organisation/entities/staff.entity';
import { DeputyDesignation } from '../organisation/entities/deputy-designation.entity';
import { DEMO_ACCOUNT_EMPLOYEE_NOS, DEMO_FUTURE_TRANSFER_DATE, DEMO_ORGANISATION } from './demo-organisation';
import { seedOrganisation } from './seed-organisation';

describe('seedOrganisation (demo city みなと市, real database)', () => {
  let ctx: HrTestContext;
  let org: OrganisationService;
  const TODAY = '2026-11-23';
  const staffId = async (username: string) =>
    (await org.findStaffByEmployeeNo(DEMO_ACCOUNT_EMPLOYEE_NOS[username]))!.id;
  const unitId = async (code: string) => (await org.findUnitByCode(code))!.id;

  beforeAll(async () => {
    ctx = await createHrTestContext('2026-11-23T01:00:00Z');
    org = ctx.moduleRef.get(OrganisationService);
  });
  afterAll(() => ctx?.close());

  const seed = () => ctx.moduleRef.get(Transactions).run((em) => seedOrganisation(em, DEMO_ORGANISATION));
  const counts = async () => ({
    units: await ctx.dataSource.getRepository(OrgUnit).count(),
    staff: await ctx.dataSource.getRepository(Staff).count(),
    postings: await ctx.dataSource.getRepository(Posting).count(),
    deputies: await ctx.dataSource.getRepository(DeputyDesignation).count(),
  });

  it('loads everything once, and a second run changes nothing', async () => {
    const first = await seed();
    expect(first.units).toEqual({ created: DEMO_ORGANISATION.units.length, updated: 0, unchanged: 0 });
    expect(first.staff.created).toBe(DEMO_ORGANISATION.staff.length);
    expect(first.postings.created).toBe(DEMO_ORGANISATION.postings.length);
    expect(first.deputies.created).toBe(DEMO_ORGANISATION.deputies.length);
    const after = await counts();

    const second = await seed();
    for (const kind of ['units', 'staff', 'postings', 'deputies'] as const) {
      expect(second[kind]).toMatchObject({ created: 0, updated: 0 });
    }
    expect(await counts()).toEqual(after);
  });

  it('repairs rows that drifted from the data', async () => {
    await ctx.dataSource.getRepository(OrgUnit).update({ code: 'soumu-ka' }, { name: '総務課（旧）' });
    const result = await seed();
    expect(result.units).toMatchObject({ created: 0, updated: 1 });
    expect((await org.findUnitByCode('soumu-ka'))?.name).toBe('総務課');
  });

  it('answers the workflow questions about the demo accounts', async () => {
    const soumuKa = await unitId('soumu-ka');
    expect((await org.holdersOf(soumuKa, 'section-chief', TODAY)).map((h) => h.staffId)).toEqual([
      await staffId('kacho1'),
    ]);
    const chain = await org.superiorsOf(await staffId('staff1'), TODAY, { maxRank: 7 });
    expect(chain.map((h) => h.positionCode)).toEqual([
      'subsection-chief',
      'assistant-chief',
      'section-chief',
      'deputy-director',
      'director',
      'deputy-mayor',
      'mayor',
    ]);
    expect(chain[0].staffId).toBe(await staffId('kakaricho1'));
    expect(chain[2].staffId).toBe(await staffId('kacho1'));
    expect(chain[4].staffId).toBe(await staffId('bucho1'));
    expect(chain.slice(5).map((h) => h.staffId)).toEqual([await staffId('fukushicho'), await staffId('shicho')]);
    expect(await org.docSymbolOf(await unitId('doro-senyo'))).toBe('港道');
    expect(
      (await org.deputyOf(await unitId('minato-city'), 'mayor', new Date('2026-11-24T01:00:00Z')))?.deputy.staffId,
    ).toBe(await staffId('fukushicho'));
    expect(
      await ctx.moduleRef.get(PositionRoleSource).rolesForStaff(await staffId('doro-kacho'), ctx.clock.now()),
    ).toEqual([{ role: 'manager', scopeUnitId: await unitId('doro-ka') }]);
  });

  it('the transfer registered in advance takes effect on its date', async () => {
    const senyo = await unitId('doro-senyo');
    const before = await org.holdersOf(senyo, 'staff', TODAY);
    const after = await org.holdersOf(senyo, 'staff', DEMO_FUTURE_TRANSFER_DATE);
    expect(after.length).toBe(before.length + 1);
  });
});
