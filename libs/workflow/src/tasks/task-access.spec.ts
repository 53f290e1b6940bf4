import { assignmentMatch, type Actor, type TaskAssignment } from './task-access';

describe('assignmentMatch', () => {
  const none = {
    assigneeUserId: null,
    assigneeUnitId: null,
    assigneePositionCode: null,
    candidateRole: null,
    candidateScopeUnitId: null,
    escalatedToUserId: null,
  };
  const personal: TaskAssignment = { ...none, assigneeUserId: 7 };
  const post: TaskAssignment = {
    ...none,
    assigneeUserId: 7,
    assigneeUnitId: 12,
    assigneePositionCode: 'section-chief',
  };
  const group: TaskAssignment = { ...none, candidateRole: 'permit-clerk', candidateScopeUnitId: 12 };
  const actor = (userId: number, extra: Partial<Actor> = {}): Actor => ({ userId, grants: [], posts: [], ...extra });
  const path = [12, 11, 1];

  it.each<[string, TaskAssignment, Actor, readonly number[], 'self' | 'escalation' | null]>([
    ['the account of a personal task', personal, actor(7), [], 'self'],
    [
      'another account, even with a role',
      personal,
      actor(8, { grants: [{ role: 'permit-clerk', scopeUnitId: null }] }),
      [],
      null,
    ],
    [
      'the holder of the post now',
      post,
      actor(9, { posts: [{ unitId: 12, positionCode: 'section-chief' }] }),
      [],
      'self',
    ],
    [
      'a 兼務 holder of the post',
      post,
      actor(9, {
        posts: [
          { unitId: 30, positionCode: 'section-chief' },
          { unitId: 12, positionCode: 'section-chief' },
        ],
      }),
      [],
      'self',
    ],
    [
      'the first holder after a transfer away',
      post,
      actor(7, { posts: [{ unitId: 40, positionCode: 'section-chief' }] }),
      [],
      null,
    ],
    [
      'the same post in another unit',
      post,
      actor(9, { posts: [{ unitId: 13, positionCode: 'section-chief' }] }),
      [],
      null,
    ],
    [
      'a role holder scoped to an ancestor',
      group,
      actor(8, { grants: [{ role: 'permit-clerk', scopeUnitId: 11 }] }),
      path,
      'self',
    ],
    [
      'a role holder without scope',
      group,
      actor(8, { grants: [{ role: 'permit-clerk', scopeUnitId: null }] }),
      path,
      'self',
    ],
    [
      'a role holder scoped elsewhere',
      group,
      actor(8, { grants: [{ role: 'permit-clerk', scopeUnitId: 20 }] }),
      path,
      null,
    ],
    ['another role', group, actor(8, { grants: [{ role: 'hr', scopeUnitId: null }] }), path, null],
    ['the superior of an escalated task', { ...personal, escalatedToUserId: 3 }, actor(3), [], 'escalation'],
    ['the assignee of an escalated task', { ...personal, escalatedToUserId: 3 }, actor(7), [], 'self'],
  ])('%s', (_name, task, who, scope, expected) => {
    expect(assignmentMatch(task, who, scope)).toBe(expected);
  });
});
