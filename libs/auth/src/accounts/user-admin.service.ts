import { Injectable } from '@nestjs/common';
import { Like } from 'typeorm';
import { Clock, ConflictError, NotFoundError, Transactions } from '@ringi/platform';
import { UserAccount, UserRole } from './user-account.entity';
import { PasswordService } from './password.service';
import { newAccount } from './new-account';
import { AuditTrail } from '../audit/audit-trail.service';
import { SessionService } from '../sessions/session.service';
import type { RoleGrant } from '../access/permissions';
import { secondsLocked } from '../login/lockout-policy';

export interface NewStaffAccount {
  username: string;
  displayName: string;
  email?: string;
  staffId?: number;
  password: string;
  roles?: RoleGrant[];
}

function uniqueGrants(grants: RoleGrant[]): RoleGrant[] {
  const seen = new Map<string, RoleGrant>();
  for (const g of grants)
    seen.set(`${g.role}:${g.scopeUnitId ?? ''}`, { role: g.role, scopeUnitId: g.scopeUnitId ?? null });
  return [...seen.values()];
}

@Injectable()
export class UserAdminService {
  constructor(
    private readonly transactions: Transactions,
    private readonly passwords: PasswordService,
    private readonly audit: AuditTrail,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
  ) {}

  async list(filter: { q?: string; kind?: 'staff' | 'applicant' }) {
    return this.transactions.run(async (em) => {
      const where = filter.q
        ? [
            { username: Like(`%${filter.q.toLowerCase()}%`), ...(filter.kind ? { kind: filter.kind } : {}) },
            { displayName: Like(`%${filter.q}%`), ...(filter.kind ? { kind: filter.kind } : {}) },
          ]
        : filter.kind
          ? { kind: filter.kind }
          : {};
      const accounts = await em.find(UserAccount, { where, order: { username: 'ASC' }, take: 500 });
      const roles = accounts.length
        ? await em.findBy(
            UserRole,
            accounts.map((a) => ({ userId: a.id })),
          )
        : [];
      return accounts.map((a) =>
        this.describe(
          a,
          roles.filter((r) => r.userId === a.id),
        ),
      );
    });
  }

  async get(id: number) {
    return this.transactions.run(async (em) => {
      const account = await em.findOneBy(UserAccount, { id });
      if (!account) throw new NotFoundError('アカウントが見つかりません。');
      return this.describe(account, await em.findBy(UserRole, { userId: id }));
    });
  }

  async createStaff(input: NewStaffAccount) {
    const username = input.username.toLowerCase();
    const hash = await this.passwords.hashAcceptable(input.password, username);
    const id = await this.transactions.run(async (em) => {
      if (await em.existsBy(UserAccount, { username }))
        throw new ConflictError(`ユーザー名「${username}」は既に使われています。`);
      const result = await em.insert(
        UserAccount,
        newAccount(
          {
            username,
            displayName: input.displayName,
            email: input.email ?? null,
            passwordHash: hash,
            staffId: input.staffId ?? null,
            passwordChangedAt: this.clock.now(),
          },
          this.clock.now(),
        ),
      );
      const newId = result.identifiers[0].id as number;
      const grants = uniqueGrants(input.roles ?? []);
      if (grants.length)
        await em.insert(
          UserRole,
          grants.map((g) => ({ userId: newId, ...g })),
        );
      await this.audit.record({
        action: 'user.created',
        targetType: 'user',
        targetId: newId,
        capacity: 'admin',
        detail: { username, roles: grants },
      });
      return newId;
    });
    return this.get(id);
  }

  async update(id: number, changes: { displayName?: string; email?: string; active?: boolean }) {
    await this.transactions.run(async (em) => {
      const account = await em.findOneBy(UserAccount, { id });
      if (!account) throw new NotFoundError('アカウントが見つかりません。');
      await em.update(UserAccount, { id }, changes);
      await this.audit.record({
        action: 'user.updated',
        targetType: 'user',
        targetId: id,
        capacity: 'admin',
        detail: { changes },
      });
    });
    if (changes.active === false) await this.sessions.revokeAllForUser(id, 'deactivated');
    return this.get(id);
  }

  async replaceRoles(id: number, roles: RoleGrant[]) {
    await this.transactions.run(async (em) => {
      const account = await em.findOneBy(UserAccount, { id });
      if (!account) throw new NotFoundError('アカウントが見つかりません。');
      const before = await em.findBy(UserRole, { userId: id });
      const grants = uniqueGrants(roles);
      await em.delete(UserRole, { userId: id });
      if (grants.length)
        await em.insert(
          UserRole,
          grants.map((g) => ({ userId: id, ...g })),
        );
      await this.audit.record({
        action: 'user.roles.replaced',
        targetType: 'user',
        targetId: id,
        capacity: 'admin',
        detail: { before: before.map((r) => ({ role: r.role, scopeUnitId: r.scopeUnitId })), after: grants },
      });
    });
    return this.get(id);
  }

  async unlock(id: number) {
    await this.transactions.run(async (em) => {
      const result = await em.update(UserAccount, { id }, { failedLoginCount: 0, lockedUntil: null });
      if (!result.affected) throw new NotFoundError('アカウントが見つかりません。');
      await this.audit.record({ action: 'user.unlocked', targetType: 'user', targetId: id, capacity: 'admin' });
    });
    return this.get(id);
  }

  async revokeSession(sessionId: number) {
    const session = await this.sessions.findById(sessionId);
    if (!session) throw new NotFoundError('セッションが見つかりません。');
    await this.sessions.revoke(sessionId, 'revoked-by-admin');
    await this.audit.record({
      action: 'session.revoked',
      targetType: 'session',
      targetId: sessionId,
      capacity: 'admin',
      detail: { userId: session.userId },
    });
  }

  async revokeAllSessions(userId: number) {
    const count = await this.sessions.revokeAllForUser(userId, 'revoked-by-admin');
    await this.audit.record({
      action: 'session.revoked-all',
      targetType: 'user',
      targetId: userId,
      capacity: 'admin',
      detail: { count },
    });
    return { revoked: count };
  }

  private describe(a: UserAccount, roles: UserRole[]) {
    const lockedSeconds = secondsLocked(a.lockedUntil, this.clock.now());
    return {
      id: a.id,
      username: a.username,
      kind: a.kind,
      displayName: a.displayName,
      email: a.email,
      organisationName: a.organisationName,
      staffId: a.staffId,
      active: a.active,
      mfaEnabled: a.mfaEnabled,
      locked: lockedSeconds > 0,
      lockedUntil: lockedSeconds > 0 ? a.lockedUntil : null,
      lastLoginAt: a.lastLoginAt,
      roles: roles.map((r) => ({ role: r.role, scopeUnitId: r.scopeUnitId })),
    };
  }
}
