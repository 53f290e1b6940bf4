import { stampLabel, type StampFacts } from './stamp-label';

const done = (facts: Partial<StampFacts>): StampFacts => ({
  stepKind: 'approve',
  status: 'completed',
  outcome: 'approved',
  capacity: 'self',
  ...facts,
});

describe('決裁欄 stamp labels', () => {
  it.each<[string, StampFacts, string | null]>([
    ['an approval', done({}), '承認'],
    ['a 部長 deciding an important matter', done({ stepKind: 'decide' }), '専決'],
    ['the 市長 deciding a policy matter', done({ stepKind: 'decide' }), '決裁'],
    ['a deputy deciding', done({ stepKind: 'decide', capacity: 'deputyDecision' }), '代決'],
    ['a step passed for post review', done({ outcome: 'passedForPostReview' }), '後閲'],
    ['a step pulled up', done({ outcome: 'pulledUp' }), '引上げ'],
    ['a consultation', done({ stepKind: 'consult' }), '合議'],
    ['a circulation', done({ stepKind: 'circulate', outcome: 'acknowledged' }), '供覧'],
    ['a rejection', done({ outcome: 'rejected' }), '却下'],
    ['a step still open', { ...done({}), status: 'open', outcome: null, capacity: null }, null],
  ])('%s', (what, stamp, label) => {
    expect(stampLabel(stamp, what.includes('policy') ? 'document-policy' : 'document-important')).toBe(label);
  });
});
