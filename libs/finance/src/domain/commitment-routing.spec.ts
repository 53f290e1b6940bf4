import { DEMO_DELEGATION_RULES, decidingPositionFor } from '@ringi/workflow';
import { COMMITMENT_KINDS } from './commitment-kinds';

const MAN = 10_000;

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
  ])('%s of %d yen is decided by %s', (kind, amount, position) => {
    expect(decidingPositionFor(DEMO_DELEGATION_RULES, kind, amount)).toBe(position);
  });

  it('has a rule for every kind a commitment may have', () => {
    for (const kind of COMMITMENT_KINDS) expect(decidingPositionFor(DEMO_DELEGATION_RULES, kind, 1)).not.toBeNull();
  });
});
