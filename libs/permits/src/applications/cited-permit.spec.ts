import { citationProblems, citationRefusal, renewalPeriodProblem, type CitedPermitFacts } from './cited-permit';

const HELD: CitedPermitFacts = {
  status: 'permitted',
  periodFrom: '2026-05-01',
  periodTo: '2027-03-31',
  holderName: 'みなとガス株式会社',
  endedOn: null,
  heldByApplicant: true,
};
const OTHERS: CitedPermitFacts = { ...HELD, heldByApplicant: false };

describe('the permit an application cites: what the form must say (400)', () => {
  it.each([
    ['new', undefined, undefined, []],
    ['new', '港道占第1号', undefined, ['citedPermitNumber']],
    ['new', undefined, '港 太郎', ['currentHolderName']],
    ['renewal', '港道占第1号', undefined, []],
    ['renewal', ' ', undefined, ['citedPermitNumber']],
    ['change', undefined, undefined, ['citedPermitNumber']],
    ['end', '港道占第1号', '港 太郎', ['currentHolderName']],
    ['succession', '港道占第1号', '港 太郎', []],
    ['succession', '港道占第1号', undefined, ['currentHolderName']],
    ['succession', undefined, undefined, ['citedPermitNumber', 'currentHolderName']],
  ] as const)('%s citing %s, holder %s → problems on %j', (kind, cited, holder, fields) => {
    expect(citationProblems({ kind, citedPermitNumber: cited, currentHolderName: holder }).map((p) => p.field)).toEqual(
      fields,
    );
  });
});

describe('the permit an application cites: whether it can carry it (422)', () => {
  it.each([
    ['new', null, '2026-06-01', undefined, null],
    ['renewal', null, '2026-06-01', undefined, 'その許可番号の許可はありません'],
    ['renewal', { ...HELD, status: 'reviewing' }, '2026-06-01', undefined, '許可されていません'],
    ['renewal', { ...HELD, status: 'withdrawn' }, '2026-06-01', undefined, '許可されていません'],
    ['renewal', OTHERS, '2026-06-01', undefined, 'あなたの許可ではありません'],
    ['renewal', { ...HELD, endedOn: '2026-05-20' }, '2026-06-01', undefined, '2026-05-20に廃止され'],
    ['change', { ...HELD, endedOn: '2026-05-20' }, '2026-06-01', undefined, '効力がありません'],
    ['succession', { ...OTHERS, endedOn: '2026-05-20' }, '2026-06-01', 'みなとガス株式会社', '効力がありません'],
    ['change', OTHERS, '2026-06-01', undefined, 'あなたの許可ではありません'],
    ['end', OTHERS, '2026-06-01', undefined, 'あなたの許可ではありません'],
    ['renewal', HELD, '2026-04-06', undefined, null],
    ['renewal', HELD, '2027-03-31', undefined, null],
    ['renewal', HELD, '2027-04-01', undefined, '満了しています。新規の申請をしてください。'],
    ['change', HELD, '2026-04-06', undefined, null],
    ['change', HELD, '2027-04-01', undefined, '満了しています'],
    ['end', HELD, '2026-04-30', undefined, '始まる前の許可は廃止できません'],
    ['end', HELD, '2026-05-01', undefined, null],
    ['end', HELD, '2027-03-31', undefined, null],
    ['end', HELD, '2027-04-01', undefined, '満了しています'],
    ['succession', OTHERS, '2026-06-01', 'みなとガス株式会社', null],
    ['succession', OTHERS, '2026-06-01', 'みなとガス　株式会社', null],
    ['succession', OTHERS, '2026-06-01', '港 太郎', '許可書の占用者と一致しません'],
    ['succession', OTHERS, '2027-04-01', 'みなとガス株式会社', '満了しています'],
  ] as const)('%s of %j on %s (holder %s) → %s', (kind, permit, today, holder, refusal) => {
    const answer = citationRefusal(kind, permit, today, holder);
    if (refusal === null) expect(answer).toBeNull();
    else expect(answer).toContain(refusal);
  });
});

describe('the period of a renewal', () => {
  it.each([
    ['2027-03-31', '2027-04-01', null],
    ['2027-03-31', '2027-03-31', '2027-03-31'],
    ['2027-03-31', '2026-05-01', '2027-03-31'],
  ])('old period ending %s, new one from %s → %s', (oldTo, from, problem) => {
    const answer = renewalPeriodProblem(oldTo, from);
    if (problem === null) expect(answer).toBeNull();
    else expect(answer).toContain(problem);
  });
});
