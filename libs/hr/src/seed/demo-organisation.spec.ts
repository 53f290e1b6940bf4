import { DEMO_ACCOUNT_EMPLOYEE_NOS, DEMO_FUTURE_TRANSFER_DATE, DEMO_ORGANISATION } from './demo-organisation';
import { validateOrganisationSeed } from './seed-organisation';
import { dateInRange } from '../organisation/domain/dates';

const data = DEMO_ORGANISATION;
const TODAY = '2026-11-23';
const current = data.postings.filter((p) => dateInRange(TODAY, p.startDate, p.endDate));
const unitOf = (code: string) => data.units.find((u) => u.code === code)!;

describe('demo organisation みなと市', () => {
  it('is consistent with the organisation rules', () => {
    expect(validateOrganisationSeed(data)).toEqual([]);
  });

  it('has about 5 departments, 15 sections and 120 staff', () => {
    expect(data.units.filter((u) => u.kind === 'department')).toHaveLength(4);
    const sections = data.units.filter(
      (u) => u.kind === 'section' || (u.kind === 'office' && u.parentCode === 'minato-city'),
    );
    expect(sections).toHaveLength(15);
    expect(data.staff.length).toBeGreaterThanOrEqual(115);
    expect(data.staff.length).toBeLessThanOrEqual(125);
  });

  it('gives every section a document symbol starting with 港, and has postings in every one', () => {
    for (const section of data.units.filter((u) => u.kind === 'section')) {
      expect(section.docSymbol).toMatch(/^港/);
      const inside = (code: string | null): boolean =>
        code === section.code || (code !== null && inside(unitOf(code).parentCode));
      expect(current.some((p) => inside(p.unitCode))).toBe(true);
    }
    expect(unitOf('soumu-ka').docSymbol).toBe('港総');
    expect(unitOf('doro-ka').docSymbol).toBe('港道');
  });

  it('has unique realistic names (kanji and katakana)', () => {
    const names = data.staff.map((s) => `${s.familyName} ${s.givenName}`);
    expect(new Set(names).size).toBe(names.length);
    for (const s of data.staff) {
      expect(`${s.familyNameKana}${s.givenNameKana}`).toMatch(/^[\u30A1-\u30FC]+$/);
      expect(`${s.familyName}${s.givenName}`).toMatch(/^[\u4E00-\u9FFF\u3005]+$/);
    }
  });

  it.each([
    ['staff1', 'soumu-shomu', 'staff'],
    ['kakaricho1', 'soumu-shomu', 'subsection-chief'],
    ['kacho1', 'soumu-ka', 'section-chief'],
    ['bucho1', 'soumu-bu', 'director'],
    ['fukushicho', 'minato-city', 'deputy-mayor'],
    ['shicho', 'minato-city', 'mayor'],
    ['permit1', 'doro-senyo', 'chief-staff'],
    ['doro-kacho', 'doro-ka', 'section-chief'],
    ['kaikei1', 'kaikei-shitsu', 'senior-staff'],
    ['jinji1', 'jinji-jinji', 'chief-staff'],
  ])('demo account %s is posted in %s as %s', (username, unitCode, positionCode) => {
    const employeeNo = DEMO_ACCOUNT_EMPLOYEE_NOS[username];
    expect(employeeNo).toMatch(/^\d{6}$/);
    const main = current.filter((p) => p.employeeNo === employeeNo && !p.concurrent);
    expect(main).toEqual([expect.objectContaining({ unitCode, positionCode })]);
  });

  it('has 兼務, a future transfer, fiscal-year staff and deputies for every 課長 and 部長', () => {
    expect(current.filter((p) => p.concurrent).length).toBeGreaterThanOrEqual(2);
    expect(data.postings.filter((p) => p.startDate === DEMO_FUTURE_TRANSFER_DATE)).toHaveLength(1);
    expect(current.filter((p) => p.positionCode === 'fiscal-year-staff').length).toBeGreaterThanOrEqual(3);
    for (const p of current.filter(
      (x) => !x.concurrent && (x.positionCode === 'section-chief' || x.positionCode === 'director'),
    )) {
      expect(data.deputies.some((d) => d.unitCode === p.unitCode && d.positionCode === p.positionCode)).toBe(true);
    }
  });
});
