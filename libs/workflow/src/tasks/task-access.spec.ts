import { mayActOn } from './task-access';

describe('mayActOn', () => {
  const personal = { assigneeUserId: 7, candidateRole: null, candidateScopeUnitId: null };
  const group = { assigneeUserId: null, candidateRole: 'permit-clerk', candidateScopeUnitId: 12 };

  it('lets only the assignee act on a personal task', () => {
    expect(mayActOn(personal, 7, [], [])).toBe(true);
    expect(mayActOn(personal, 8, [{ role: 'permit-clerk', scopeUnitId: null }], [])).toBe(false);
  });

  it('lets holders of the role act on a group task when their scope covers its unit', () => {
    const path = [12, 11, 1];
    expect(mayActOn(group, 8, [{ role: 'permit-clerk', scopeUnitId: 11 }], path)).toBe(true);
    expect(mayActOn(group, 8, [{ role: 'permit-clerk', scopeUnitId: null }], path)).toBe(true);
    expect(mayActOn(group, 8, [{ role: 'permit-clerk', scopeUnitId: 20 }], path)).toBe(false);
    expect(mayActOn(group, 8, [{ role: 'hr', scopeUnitId: null }], path)).toBe(false);
  });
});
