import { DEMO_DELEGATION_RULES, decidingPositionFor, delegationTableProblems } from '@ringi/workflow';
import { FINANCE_DELEGATION_RULES } from '../seed/finance-delegation-rules';
import { COMMITMENT_KINDS } from './commitment-kinds';

const MAN = 10_000;
/** The demo city's table as seeded: the common rows and finance's own (人件費). */
const TABLE = [...DEMO_DELEGATION_RULES, ...FINANCE_DELEGATION_RULES];

/** The demo 専決 table decides who decides a commitment: these are its boundaries, yen by yen. */
describe('commitment routing by kind and amount (demo 専決 table)', () => {
  it.each([
    ['goods', 1, 'section-chief'],
    ['goods', 50 * MAN, 'section-chief'],
    ['goods', 50 * MAN + 1, 'director'],
    ['goods', 500 * MAN, 'director'],
    ['goods', 500 * MAN + 1, 'deputy-mayor'],
    ['goods', 5000 * MAN, 'deputy-mayor'],
    ['goods', 5000 * MAN + 1, 'mayor'],
    ['consignment', 100 * MAN, 'section-chief'],
    ['consignment', 100 * MAN + 1, 'director'],
    ['consignment', 3000 * MAN, 'deputy-mayor'],
    ['consignment', 3000 * MAN + 1, 'mayor'],
    ['works', 130 * MAN, 'section-chief'],
    ['works', 130 * MAN + 1, 'director'],
    ['works', 1000 * MAN + 1, 'deputy-mayor'],
    ['usage-fee', 50 * MAN, 'section-chief'],
    ['usage-fee', 300 * MAN + 1, 'deputy-mayor'],
    ['usage-fee', 1000 * MAN + 1, 'mayor'],
    ['personnel', 1, 'section-chief'],
    ['personnel', 50 * MAN + 1, 'section-chief'],
    ['personnel', 1000 * MAN, 'section-chief'],
    ['personnel', 1000 * MAN + 1, 'director'],
    ['personnel', 10000 * MAN, 'director'],
    ['personnel', 10000 * MAN + 1, 'deputy-mayor'],
    ['personnel', 1_000_000 * MAN, 'deputy-mayor'],
  ])('%s of %d yen is decided by %s', (kind, amount, position) => {
    expect(decidingPositionFor(TABLE, kind, amount)).toBe(position);
  });

  it('has a rule for every kind a commitment may have', () => {
    for (const kind of COMMITMENT_KINDS) expect(decidingPositionFor(TABLE, kind, 1)).not.toBeNull();
  });

  it('adds rows the table accepts: no gap, no overlap, no kind the common table already has', () => {
    expect(delegationTableProblems(TABLE)).toEqual([]);
  });
});
