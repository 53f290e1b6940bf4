import { parseAssignee } from './parse-assignee';

describe('parseAssignee', () => {
  it.each([
    ['post(課長)', { kind: 'post', post: '課長' }],
    ['post( 総務課長 )', { kind: 'post', post: '総務課長' }],
    ['post(係長 代理)', { kind: 'post', post: '係長 代理' }],
    ['post(課長, consultUnits)', { kind: 'post', post: '課長', unitsVariable: 'consultUnits' }],
    ['user(kacho1)', { kind: 'user', userId: 'kacho1' }],
    ['users(viewers)', { kind: 'users', variable: 'viewers' }],
    ['user(t.yamada@city)', { kind: 'user', userId: 't.yamada@city' }],
    ['role(permit-clerk)', { kind: 'role', role: 'permit-clerk' }],
    ['decider(FINANCE_PAYMENT)', { kind: 'decider', table: 'FINANCE_PAYMENT' }],
    ['initiator()', { kind: 'initiator' }],
    ['  initiator( )  ', { kind: 'initiator' }],
  ])('%j', (text, assignee) => {
    expect(parseAssignee(text)).toEqual({ ok: true, assignee });
  });

  it.each([
    ['', 'is not an assignee rule'],
    ['課長', 'is not an assignee rule'],
    ['post(課長', 'is not an assignee rule'],
    ['post((課長))', 'is not an assignee rule'],
    ['boss(課長)', 'unknown assignee kind "boss"'],
    ['Post(課長)', 'unknown assignee kind "Post"'],
    ['post()', 'post(…) needs an argument'],
    ['user( )', 'user(…) needs an argument'],
    ['initiator(me)', 'initiator() takes no argument'],
    ['post(課長,係長)', '"係長" in post(課長,係長) is not a process variable name'],
    ['post(課長, a, b)', 'is not a valid argument for post(…)'],
    ['users(1st)', 'is not a process variable name for users(…)'],
    ['user(山田)', 'is not a valid argument for user(…)'],
    ['role(permit clerk)', 'is not a valid argument for role(…)'],
    ['decider(-x)', 'is not a valid argument for decider(…)'],
    [`user(${'a'.repeat(65)})`, 'longer than 64 characters'],
  ])('refuses %j', (text, message) => {
    expect(parseAssignee(text)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });
});
