/**
 * Medium tier: the organisation services against a real database (SQLite file, or MariaDB when
 * DATABASE_URL is set), through a Nest testing module wired like the app.
 */
import type { TestingModule } from '@nestjs/testing';
import { Like, type DataSource } from 'typeorm';
import { ConflictError, InvalidInputError, type ManualClock } from '@ringi/platform';
import { AuditEvent, AuditTrail, newAccount, UserAccount, UserRole } from '@ringi/auth';
import { createHrTestContext, type HrTestContext } from '../test-support/hr-testing-module';
import { AbsencesService } from './absences.service';
import { DeputiesService } from './deputies.service';
import { OrganisationService } from './organisation.service';
import { PositionRoleSource } from './position-role-source';
import { PostingsService } from './postings.service';
import { StaffService } from './staff.service';
import { UnitsService } from './units.service';
import { Posting } from './entities/posting.entity';
import type { PositionCode } from './domain/positions';

const TODAY = '2026-11-23';

describe('OrganisationService (medium tier, real database)', () => {
  let ctx: HrTestContext;
  let moduleRef: TestingModule;
  let clock: ManualClock;
  let ds: DataSource;
  let org: OrganisationService;
  let units: UnitsService;
  let staffService: StaffService;
  let postings: PostingsService;
  let absences: AbsencesService;
  let deputies: DeputiesService;

  // ids of the fixture
  const u: Record<string, number> = {};
  const s: Record<string, number> = {};

  const auditCount = () => ds.getRepository(AuditEvent).count({ where: { action: Like('org.%') } });
  const ids = (holders: { staffId: number }[]) => holders.map((h) => h.staffId);

  async function person(
    key: string,
    family: string,
    given: string,
    unit: string,
    position: PositionCode,
    startDate = '2026-04-01',
  ) {
    const created = await staffService.create({
      employeeNo: `T${String(Object.keys(s).length + 1).padStart(3, '0')}`,
      familyName: family,
      givenName: given,
      familyNameKana: 'テスト',
      givenNameKana: 'タロウ',
    });
    s[key] = created.id;
    await postings.create({ staffId: created.id, unitId: u[unit], positionCode: position, startDate });
  }

  beforeAll(async () => {
    ctx = await createHrTestContext('2026-11-23T01:00:00Z'); // 10:00 JST
    ({ moduleRef, clock, dataSource: ds } = ctx);
    org = moduleRef.get(OrganisationService);
    units = moduleRef.get(UnitsService);
    staffService = moduleRef.get(StaffService);
    postings = moduleRef.get(PostingsService);
    absences = moduleRef.get(AbsencesService);
    deputies = moduleRef.get(DeputiesService);

    // city ─ 総務部 ─ 総務課(港総) ─ 庶務係
    //      │        │             └ 文書係 (係長 vacant: the 課長 holds it by 兼務)
    //      │        └ 人事課(港人)
    //      └ 会計室(港会)
    u.city = (await units.create({ code: 'city', name: 'テスト市', kind: 'city' })).id;
    u.soumuBu = (
      await units.create({ code: 'soumu-bu', name: '総務部', kind: 'department', parentId: u.city, sortOrder: 1 })
    ).id;
    u.soumuKa = (
      await units.create({
        code: 'soumu-ka',
        name: '総務課',
        kind: 'section',
        parentId: u.soumuBu,
        docSymbol: '港総',
        sortOrder: 1,
      })
    ).id;
    u.shomu = (
      await units.create({ code: 'shomu', name: '庶務係', kind: 'subsection', parentId: u.soumuKa, sortOrder: 1 })
    ).id;
    u.bunsho = (
      await units.create({ code: 'bunsho', name: '文書係', kind: 'subsection', parentId: u.soumuKa, sortOrder: 2 })
    ).id;
    u.jinjiKa = (
      await units.create({
        code: 'jinji-ka',
        name: '人事課',
        kind: 'section',
        parentId: u.soumuBu,
        docSymbol: '港人',
        sortOrder: 2,
      })
    ).id;
    u.kaikei = (
      await units.create({
        code: 'kaikei',
        name: '会計室',
        kind: 'office',
        parentId: u.city,
        docSymbol: '港会',
        sortOrder: 9,
      })
    ).id;

    await person('mayor', '市長', '一郎', 'city', 'mayor');
    await person('deputyMayor', '副市', '二郎', 'city', 'deputy-mayor');
    await person('bucho', '部長', '三郎', 'soumuBu', 'director');
    await person('kacho', '課長', '四郎', 'soumuKa', 'section-chief');
    await person('hosa', '補佐', '五郎', 'soumuKa', 'assistant-chief');
    await person('kakaricho', '係長', '六郎', 'shomu', 'subsection-chief');
    await person('shunin', '主任', '七子', 'shomu', 'chief-staff');
    await person('shuji', '主事', '八子', 'shomu', 'staff');
    await person('jinjiKacho', '人事', '九郎', 'jinjiKa', 'section-chief');
    await person('kaikeiShuji', '会計', '十子', 'kaikei', 'staff');
    // 兼務: the 総務課長 also holds the vacant 文書係長 post.
    await postings.create({
      staffId: s.kacho,
      unitId: u.bunsho,
      positionCode: 'subsection-chief',
      startDate: '2026-04-01',
      concurrent: true,
    });

    await deputies.create({
      unitId: u.soumuKa,
      positionCode: 'section-chief',
      deputyUnitId: u.soumuKa,
      deputyPositionCode: 'assistant-chief',
      priority: 1,
    });
    await deputies.create({
      unitId: u.soumuKa,
      positionCode: 'section-chief',
      deputyUnitId: u.shomu,
      deputyPositionCode: 'subsection-chief',
      priority: 2,
    });
  });

  afterAll(async () => {
    await ctx?.close();
  });

  it('the migration seeds the eleven positions, 市長 first', async () => {
    const positions = await org.positions();
    expect(positions.map((p) => [p.code, p.name, p.rank])).toEqual([
      ['mayor', '市長', 1],
      ['deputy-mayor', '副市長', 2],
      ['director', '部長', 3],
      ['deputy-director', '次長', 4],
      ['section-chief', '課長', 5],
      ['assistant-chief', '課長補佐', 6],
      ['subsection-chief', '係長', 7],
      ['senior-staff', '主査', 8],
      ['chief-staff', '主任', 9],
      ['staff', '主事', 10],
      ['fiscal-year-staff', '会計年度任用職員', 11],
    ]);
  });

  it('holdersOf answers who holds a post on a date', async () => {
    const holders = await org.holdersOf(u.soumuKa, 'section-chief', TODAY);
    expect(holders).toEqual([
      expect.objectContaining({
        staffId: s.kacho,
        staffName: '課長 四郎',
        unitName: '総務課',
        positionName: '課長',
        rank: 5,
        concurrent: false,
      }),
    ]);
    expect(await org.holdersOf(u.soumuKa, 'section-chief', '2026-03-31')).toEqual([]);
    await expect(org.holdersOf(u.soumuKa, 'no-such-post', TODAY)).rejects.toThrow('役職');
    await expect(org.holdersOf(u.soumuKa, 'staff', '2026-02-30')).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('兼務: a concurrent post is held alongside the main post', async () => {
    expect(await org.holdersOf(u.bunsho, 'subsection-chief', TODAY)).toEqual([
      expect.objectContaining({ staffId: s.kacho, concurrent: true }),
    ]);
    const posts = await org.postsOf(s.kacho, TODAY);
    expect(posts.map((p) => [p.unitName, p.positionName, p.concurrent])).toEqual([
      ['総務課', '課長', false],
      ['文書係', '係長', true],
    ]);
    expect((await org.mainPostOf(s.kacho, TODAY))?.unitId).toBe(u.soumuKa);
  });

  it('nearestPostHolder climbs to the nearest ancestor that has the post', async () => {
    expect((await org.nearestPostHolder(u.shomu, 'subsection-chief', TODAY))?.staffId).toBe(s.kakaricho);
    expect((await org.nearestPostHolder(u.shomu, 'section-chief', TODAY))?.staffId).toBe(s.kacho);
    expect((await org.nearestPostHolder(u.shomu, 'director', TODAY))?.staffId).toBe(s.bucho);
    expect((await org.nearestPostHolder(u.kaikei, 'mayor', TODAY))?.staffId).toBe(s.mayor);
    expect(await org.nearestPostHolder(u.shomu, 'deputy-director', TODAY)).toBeNull();
  });

  it('superiorsOf gives the chain upward, closest first, each person once', async () => {
    expect(ids(await org.superiorsOf(s.shuji, TODAY))).toEqual([
      s.shunin,
      s.kakaricho,
      s.hosa,
      s.kacho,
      s.bucho,
      s.deputyMayor,
      s.mayor,
    ]);
    expect(ids(await org.superiorsOf(s.shuji, TODAY, { maxRank: 7 }))).toEqual([
      s.kakaricho,
      s.hosa,
      s.kacho,
      s.bucho,
      s.deputyMayor,
      s.mayor,
    ]);
    expect(ids(await org.superiorsOf(s.kacho, TODAY))).toEqual([s.bucho, s.deputyMayor, s.mayor]);
    expect(ids(await org.superiorsOf(s.kaikeiShuji, TODAY))).toEqual([s.deputyMayor, s.mayor]);
    expect(await org.superiorsOf(s.mayor, TODAY)).toEqual([]);
    expect(await org.superiorsOf(s.shuji, '2026-03-31')).toEqual([]); // not yet posted
  });

  it('deputyOf skips absent holders and returns null when every deputy is away', async () => {
    const at = new Date('2026-11-24T01:00:00Z'); // 10:00 JST
    expect((await org.deputyOf(u.soumuKa, 'section-chief', at))?.deputy.staffId).toBe(s.hosa);

    const trip = await absences.create({
      staffId: s.hosa,
      from: new Date('2026-11-24T00:00:00Z'),
      to: new Date('2026-11-24T08:00:00Z'),
      reason: '出張',
    });
    expect(await org.isAbsent(s.hosa, at)).toBe(true);
    expect(await org.isAbsent(s.hosa, new Date('2026-11-24T08:00:00Z'))).toBe(false); // the end is not included
    const second = await org.deputyOf(u.soumuKa, 'section-chief', at);
    expect(second?.deputy.staffId).toBe(s.kakaricho);
    expect(second?.designation).toMatchObject({
      priority: 2,
      deputyUnitName: '庶務係',
      deputyPositionCode: 'subsection-chief',
    });
    // after the trip, the first deputy is back
    expect((await org.deputyOf(u.soumuKa, 'section-chief', new Date('2026-11-24T08:00:00Z')))?.deputy.staffId).toBe(
      s.hosa,
    );

    await absences.create({
      staffId: s.kakaricho,
      from: new Date('2026-11-23T15:00:00Z'),
      to: new Date('2026-11-24T15:00:00Z'),
      reason: '年次休暇',
    });
    expect(await org.deputyOf(u.soumuKa, 'section-chief', at)).toBeNull();
    expect(await org.deputyOf(u.jinjiKa, 'section-chief', at)).toBeNull(); // no designation at all
    await absences.remove(trip.id);
    expect((await org.deputyOf(u.soumuKa, 'section-chief', at))?.deputy.staffId).toBe(s.hosa);
  });

  it('answers absences at instants far apart, and ones written meanwhile, as the database would', async () => {
    const may = new Date('2027-05-10T01:00:00Z');
    const june = new Date('2027-06-10T01:00:00Z');
    const leave = await absences.create({
      staffId: s.hosa,
      from: new Date('2027-06-09T15:00:00Z'),
      to: new Date('2027-06-11T15:00:00Z'),
      reason: '年次休暇',
    });
    // Read around May first: June lies outside what was read then, and is read afresh.
    expect(await org.isAbsent(s.hosa, may)).toBe(false);
    expect(await org.isAbsent(s.hosa, june)).toBe(true);
    expect(await org.isAbsent(s.hosa, may)).toBe(false);
    expect(await org.absentAmong([s.hosa, s.kakaricho], june)).toEqual(new Set([s.hosa]));
    const second = await absences.create({
      staffId: s.kakaricho,
      from: june,
      to: new Date('2027-06-10T02:00:00Z'),
      reason: '会議',
    });
    expect(await org.absentAmong([s.hosa, s.kakaricho], june)).toEqual(new Set([s.hosa, s.kakaricho]));
    await absences.remove(second.id);
    await absences.remove(leave.id);
    expect(await org.isAbsent(s.hosa, june)).toBe(false);
  });

  it('a deputy designation holds only within its period; periods of one post may not clash', async () => {
    const post = { unitId: u.jinjiKa, positionCode: 'section-chief' };
    const deputy = { deputyUnitId: u.soumuKa, deputyPositionCode: 'assistant-chief' };
    const december = await deputies.create({
      ...post,
      ...deputy,
      priority: 1,
      startDate: '2026-12-01',
      endDate: '2026-12-31',
    });
    expect(december).toMatchObject({ startDate: '2026-12-01', endDate: '2026-12-31' });
    expect(await org.deputyOf(u.jinjiKa, 'section-chief', new Date('2026-11-30T01:00:00Z'))).toBeNull();
    expect((await org.deputyOf(u.jinjiKa, 'section-chief', new Date('2026-12-10T01:00:00Z')))?.deputy.staffId).toBe(
      s.hosa,
    );
    expect(await org.deputyOf(u.jinjiKa, 'section-chief', new Date('2027-01-01T01:00:00Z'))).toBeNull();
    // Seen from the deputy's side: the posts it stands in for, on a date inside and outside the period.
    const asDeputy = [{ unitId: u.soumuKa, positionCode: 'assistant-chief' }];
    expect(await org.postsDeputisedBy(asDeputy, '2026-12-10')).toEqual(
      expect.arrayContaining([{ unitId: u.jinjiKa, positionCode: 'section-chief' }]),
    );
    expect(await org.postsDeputisedBy(asDeputy, '2027-01-01')).not.toContainEqual({
      unitId: u.jinjiKa,
      positionCode: 'section-chief',
    });
    expect(await org.postsDeputisedBy([], '2026-12-10')).toEqual([]);

    await expect(
      deputies.create({
        ...post,
        deputyUnitId: u.shomu,
        deputyPositionCode: 'subsection-chief',
        priority: 1,
        startDate: '2026-12-31',
      }),
    ).rejects.toThrow('この職の代決者には、同じ期間に優先順位 1 が既に指定されています。');
    await expect(
      deputies.create({ ...post, ...deputy, priority: 2, startDate: '2027-01-02', endDate: '2027-01-01' }),
    ).rejects.toMatchObject({
      fields: [{ field: 'endDate', messages: ['終了日は開始日以降の日付を指定してください'] }],
    });
    const january = await deputies.create({ ...post, ...deputy, priority: 1, startDate: '2027-01-01' });
    expect((await org.deputyOf(u.jinjiKa, 'section-chief', new Date('2027-01-05T01:00:00Z')))?.designation.id).toBe(
      january.id,
    );
    await deputies.remove(january.id);
    await deputies.remove(december.id);
  });

  it('a transfer registered in advance takes effect on its date', async () => {
    const staff = await staffService.create({
      employeeNo: 'X100',
      familyName: '異動',
      givenName: '予定',
      familyNameKana: 'イドウ',
      givenNameKana: 'ヨテイ',
    });
    await postings.create({ staffId: staff.id, unitId: u.shomu, positionCode: 'staff', startDate: '2025-04-01' });
    const result = await postings.transfer(staff.id, {
      unitId: u.kaikei,
      positionCode: 'chief-staff',
      effectiveDate: '2027-04-01',
      note: '定期異動',
    });
    expect(result.closed).toMatchObject({ unitId: u.shomu, startDate: '2025-04-01', endDate: '2027-03-31' });
    expect(result.opened).toMatchObject({
      unitId: u.kaikei,
      positionCode: 'chief-staff',
      startDate: '2027-04-01',
      endDate: null,
      concurrent: false,
    });

    expect(ids(await org.holdersOf(u.shomu, 'staff', TODAY))).toContain(staff.id);
    expect(ids(await org.holdersOf(u.shomu, 'staff', '2027-03-31'))).toContain(staff.id);
    expect(ids(await org.holdersOf(u.shomu, 'staff', '2027-04-01'))).not.toContain(staff.id);
    expect(ids(await org.holdersOf(u.kaikei, 'chief-staff', '2027-03-31'))).not.toContain(staff.id);
    expect(ids(await org.holdersOf(u.kaikei, 'chief-staff', '2027-04-01'))).toContain(staff.id);
    expect((await org.mainPostOf(staff.id, '2027-04-01'))?.unitName).toBe('会計室');
    expect(ids(await org.superiorsOf(staff.id, '2027-03-31'))[0]).toBe(s.shunin);
    expect(ids(await org.superiorsOf(staff.id, '2027-04-01'))).toEqual([s.deputyMayor, s.mayor]);
  });

  it('an overlapping main posting is refused with a Japanese message and nothing is half-written', async () => {
    const audits = await auditCount();
    const rows = await ds.getRepository(Posting).count();
    await expect(
      postings.create({ staffId: s.shuji, unitId: u.jinjiKa, positionCode: 'staff', startDate: '2026-10-01' }),
    ).rejects.toThrow(/本務の配置（庶務係 主事）があり、期間が重なります/);
    // a transfer colliding with a transfer registered earlier is refused as a whole
    await postings.transfer(s.kaikeiShuji, { unitId: u.jinjiKa, positionCode: 'staff', effectiveDate: '2027-04-01' });
    const auditsAfterSetup = await auditCount();
    const rowsAfterSetup = await ds.getRepository(Posting).count();
    const today = await org.postsOf(s.kaikeiShuji, TODAY);
    const february = await org.postsOf(s.kaikeiShuji, '2027-02-01');
    await expect(
      postings.transfer(s.kaikeiShuji, { unitId: u.shomu, positionCode: 'staff', effectiveDate: '2027-01-01' }),
    ).rejects.toThrow(/2027-04-01〜 の本務の配置（人事課 主事）/);
    expect(await org.postsOf(s.kaikeiShuji, TODAY)).toEqual(today);
    expect(await org.postsOf(s.kaikeiShuji, '2027-02-01')).toEqual(february); // the current post was not closed early
    expect(february[0]).toMatchObject({ unitName: '会計室', endDate: '2027-03-31' });
    expect(await ds.getRepository(Posting).count()).toBe(rowsAfterSetup);
    expect(rowsAfterSetup).toBe(rows + 1);
    expect(await auditCount()).toBe(auditsAfterSetup);
    expect(auditsAfterSetup).toBe(audits + 1);
    // a concurrent post over the same dates is fine (兼務)
    const concurrent = await postings.create({
      staffId: s.shuji,
      unitId: u.jinjiKa,
      positionCode: 'staff',
      startDate: '2026-10-01',
      concurrent: true,
    });
    expect(concurrent.concurrent).toBe(true);
    await postings.remove(concurrent.id);
  });

  it('two concurrent writers cannot give one person two main posts', async () => {
    const staff = await staffService.create({
      employeeNo: 'X200',
      familyName: '同時',
      givenName: '登録',
      familyNameKana: 'ドウジ',
      givenNameKana: 'トウロク',
    });
    const results = await Promise.allSettled([
      postings.create({ staffId: staff.id, unitId: u.shomu, positionCode: 'staff', startDate: '2026-04-01' }),
      postings.create({ staffId: staff.id, unitId: u.jinjiKa, positionCode: 'staff', startDate: '2026-05-01' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([
      expect.any(ConflictError),
    ]);
    expect(await org.postsOf(staff.id, '2026-06-01')).toHaveLength(1);
  });

  it('the tree refuses cycles and wrong nesting, and answers subtree queries', async () => {
    const a = await units.create({ code: 'office-a', name: '室A', kind: 'office', parentId: u.city, sortOrder: 20 });
    const b = await units.create({ code: 'office-b', name: '室B', kind: 'office', parentId: a.id });
    await expect(units.update(a.id, { parentId: b.id })).rejects.toThrow(InvalidInputError);
    await expect(units.update(a.id, { parentId: a.id })).rejects.toThrow(InvalidInputError);
    await expect(units.update(u.soumuBu, { parentId: u.shomu })).rejects.toThrow(InvalidInputError);
    await expect(units.create({ code: 'city2', name: '二つ目の市', kind: 'city' })).rejects.toThrow(InvalidInputError);
    await expect(
      units.create({ code: 'soumu-ka', name: '重複', kind: 'office', parentId: u.city }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      units.create({ code: 'ka-x', name: '課X', kind: 'section', parentId: u.soumuBu, docSymbol: '港総' }),
    ).rejects.toThrow('港総');
    await units.remove(b.id);
    await units.remove(a.id);
    await expect(units.remove(u.soumuKa)).rejects.toBeInstanceOf(ConflictError);

    expect((await org.unitSubtree(u.soumuBu)).map((x) => x.code)).toEqual([
      'soumu-bu',
      'soumu-ka',
      'shomu',
      'bunsho',
      'jinji-ka',
    ]);
    expect((await org.unitAncestors(u.shomu)).map((x) => x.code)).toEqual(['shomu', 'soumu-ka', 'soumu-bu', 'city']);
    expect(await org.isWithinSubtree(u.shomu, u.soumuBu)).toBe(true);
    expect(await org.isWithinSubtree(u.kaikei, u.soumuBu)).toBe(false);
    expect(await org.docSymbolOf(u.shomu)).toBe('港総');
    expect(await org.docSymbolOf(u.soumuBu)).toBeNull();
    const [root] = await units.tree();
    expect(root.children.map((c) => c.code)).toEqual(['soumu-bu', 'kaikei']);
  });

  it('members of a unit subtree, filtered by staff ids, rank or role', async () => {
    const members = await org.membersOfUnitSubtree(u.soumuKa, TODAY);
    expect(members.map((m) => [m.staffId, m.unitName, m.positionName])).toEqual([
      [s.kacho, '総務課', '課長'],
      [s.hosa, '総務課', '課長補佐'],
      [s.kakaricho, '庶務係', '係長'],
      [s.shunin, '庶務係', '主任'],
      ...members.filter((m) => m.unitName === '庶務係' && m.rank === 10).map((m) => [m.staffId, '庶務係', '主事']),
      [s.kacho, '文書係', '係長'],
    ]);
    expect(ids(await org.membersOfUnitSubtree(u.soumuKa, TODAY, { staffIds: [s.shunin, s.mayor] }))).toEqual([
      s.shunin,
    ]);
    expect(ids(await org.membersOfUnitSubtree(u.soumuKa, TODAY, { maxRank: 7, includeConcurrent: false }))).toEqual([
      s.kacho,
      s.hosa,
      s.kakaricho,
    ]);

    // role holders: an `hr` grant read from auth's user_role
    const account = await ds
      .getRepository(UserAccount)
      .save(newAccount({ username: 'shunin', displayName: '主任 七子', staffId: s.shunin }, clock.now()));
    await ds.getRepository(UserRole).insert({ userId: account.id, role: 'hr', scopeUnitId: null });
    expect(ids(await org.membersWithRoleInSubtree(u.soumuKa, 'hr', TODAY))).toEqual([s.shunin]);
    expect(await org.membersWithRoleInSubtree(u.jinjiKa, 'hr', TODAY)).toEqual([]);
    expect(ids(await org.membersWithRoleInSubtree(u.soumuKa, 'manager', TODAY))).toEqual([
      s.kacho,
      s.hosa,
      s.kakaricho,
      s.kacho,
    ]);
  });

  it('PositionRoleSource derives the manager role from posts of 係長 and above held today', async () => {
    const source = moduleRef.get(PositionRoleSource);
    expect(await source.rolesForStaff(s.kacho, clock.now())).toEqual([
      { role: 'manager', scopeUnitId: u.soumuKa },
      { role: 'manager', scopeUnitId: u.bunsho },
    ]);
    expect(await source.rolesForStaff(s.kakaricho, clock.now())).toEqual([{ role: 'manager', scopeUnitId: u.shomu }]);
    expect(await source.rolesForStaff(s.shunin, clock.now())).toEqual([]);
    expect(await source.rolesForStaff(s.kacho, new Date('2026-03-31T14:59:59Z'))).toEqual([]); // 23:59 JST, before the posting
    expect(await source.rolesForStaff(999999, clock.now())).toEqual([]);
  });

  it('inactive staff hold no posts in the answers', async () => {
    const staff = await staffService.create({
      employeeNo: 'X300',
      familyName: '退職',
      givenName: '予定',
      familyNameKana: 'タイショク',
      givenNameKana: 'ヨテイ',
    });
    await postings.create({
      staffId: staff.id,
      unitId: u.jinjiKa,
      positionCode: 'assistant-chief',
      startDate: '2026-04-01',
    });
    expect(ids(await org.holdersOf(u.jinjiKa, 'assistant-chief', TODAY))).toEqual([staff.id]);
    await staffService.update(staff.id, { active: false });
    expect(await org.holdersOf(u.jinjiKa, 'assistant-chief', TODAY)).toEqual([]);
    await expect(
      postings.create({ staffId: staff.id, unitId: u.shomu, positionCode: 'staff', startDate: '2027-04-01' }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(staffService.remove(staff.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it('staff search by words, unit and date', async () => {
    const byName = await staffService.list({ q: '主任 七子' });
    expect(byName.items.map((i) => i.id)).toEqual([s.shunin]);
    expect(byName.items[0].posts.map((p) => p.unitName)).toEqual(['庶務係']);
    const inUnit = await staffService.list({ unitId: u.soumuKa, subtree: true, date: TODAY, limit: 200 });
    expect(inUnit.items.map((i) => i.id)).toEqual(
      expect.arrayContaining([s.kacho, s.hosa, s.kakaricho, s.shunin, s.shuji]),
    );
    expect(inUnit.items.map((i) => i.id)).not.toContain(s.jinjiKacho);
    expect((await staffService.list({ unitId: u.soumuKa, date: TODAY })).items.map((i) => i.id).sort()).toEqual(
      [s.kacho, s.hosa].sort(),
    );
    expect((await staffService.list({ q: '100%_' })).total).toBe(0);
  });

  it('every change writes an audit row in its transaction, and the chain verifies', async () => {
    const before = await auditCount();
    const staff = await staffService.create({
      employeeNo: 'X400',
      familyName: '監査',
      givenName: '記録',
      familyNameKana: 'カンサ',
      givenNameKana: 'キロク',
    });
    await staffService.update(staff.id, { email: 'kansa@example.jp' });
    const posting = await postings.create({
      staffId: staff.id,
      unitId: u.jinjiKa,
      positionCode: 'staff',
      startDate: '2026-04-01',
    });
    await postings.update(posting.id, { note: '新規採用' });
    const transfer = await postings.transfer(staff.id, {
      unitId: u.kaikei,
      positionCode: 'staff',
      effectiveDate: '2027-04-01',
    });
    const absence = await absences.create({
      staffId: staff.id,
      from: new Date('2026-12-01T00:00:00Z'),
      to: new Date('2026-12-02T00:00:00Z'),
      reason: '研修',
    });
    await absences.update(absence.id, { reason: '研修（県）' });
    const dep = await deputies.create({
      unitId: u.jinjiKa,
      positionCode: 'section-chief',
      deputyUnitId: u.jinjiKa,
      deputyPositionCode: 'subsection-chief',
      priority: 1,
    });
    await deputies.update(dep.id, { priority: 2 });
    await deputies.remove(dep.id);
    await units.update(u.jinjiKa, { name: '人事課' }); // no change → no row
    await units.update(u.jinjiKa, { sortOrder: 3 });
    const rows = await ds.getRepository(AuditEvent).find({ where: { action: Like('org.%') }, order: { seq: 'ASC' } });
    expect(rows.slice(before).map((r) => [r.action, r.targetType, r.capacity])).toEqual([
      ['org.staff.created', 'staff', 'admin'],
      ['org.staff.updated', 'staff', 'admin'],
      ['org.posting.created', 'posting', 'admin'],
      ['org.posting.updated', 'posting', 'admin'],
      ['org.posting.transferred', 'staff', 'admin'],
      ['org.absence.created', 'absence', 'admin'],
      ['org.absence.updated', 'absence', 'admin'],
      ['org.deputy.created', 'deputy', 'admin'],
      ['org.deputy.updated', 'deputy', 'admin'],
      ['org.deputy.deleted', 'deputy', 'admin'],
      ['org.unit.updated', 'org_unit', 'admin'],
    ]);
    expect(JSON.parse(rows[before + 4].detail!)).toMatchObject({
      effectiveDate: '2027-04-01',
      opened: { unitId: u.kaikei },
    });
    expect(transfer.closed?.endDate).toBe('2027-03-31');
    expect((await moduleRef.get(AuditTrail).verify()).ok).toBe(true);
  });
});
