import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserAccount } from '@ringi/auth';
import { StaffAccounts } from './staff-accounts';
import { OrganisationService, POSITIONS, type PostingView } from '@ringi/hr';
import { UnprocessableError } from '@ringi/platform';
import type { Assignee } from '../definitions/parse-assignee';
import { decidingPositionFor, isAmountIndependent } from '../delegated-authority/delegated-authority';
import { DelegationTableService } from '../delegated-authority/delegation-table.service';
import { postLabel } from './assignee-label';

/** Who started the instance, as assignees are resolved relative to them. */
export interface Initiator {
  userId: number;
  /** Read from the account when an initiator() task needs it, if not given. */
  displayName?: string;
  staffId: number | null;
  unitId: number | null;
}

/** Where a new task goes: one account, or anyone holding a role in scope. */
export interface ResolvedAssignee {
  assigneeUserId: number | null;
  /** The post a post(…) or decider(…) task is for; its current holders find it in their inbox. */
  assigneeUnitId: number | null;
  assigneePositionCode: string | null;
  candidateRole: string | null;
  candidateScopeUnitId: number | null;
  assigneeLabel: string;
}

export interface ResolutionContext {
  initiator: Initiator;
  businessType: string | null;
  variables: Record<string, unknown>;
  /** JST calendar date the organisation is read on. */
  date: string;
  taskName: string;
  /** The iteration of a multi-instance task, for list-valued assignees. */
  loopIndex: number | null;
}

const unresolvable = (message: string) => new UnprocessableError(message);

/**
 * Resolves ringi:assignee against the organisation when a task is created: user(x), post(課長) in the
 * initiator's unit or nearest ancestor, role(r) scoped to the initiator's unit, initiator(), and
 * decider(T) through the version of 専決 table T in force. Throws 422 when nobody can be found.
 */
@Injectable()
export class AssigneeResolver {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly accounts: StaffAccounts,
    private readonly delegationTables: DelegationTableService,
  ) {}

  async resolve(em: EntityManager, assignee: Assignee | null, ctx: ResolutionContext): Promise<ResolvedAssignee> {
    const { initiator } = ctx;
    switch (assignee?.kind ?? 'initiator') {
      case 'initiator':
        return account(initiator.userId, initiator.displayName ?? (await this.displayNameOf(em, initiator.userId)));
      case 'user': {
        const username = (assignee as { userId: string }).userId.toLowerCase();
        const user = await em.findOne(UserAccount, { where: { username, active: true } });
        if (!user)
          throw unresolvable(`「${ctx.taskName}」の担当者 user(${username}) は有効なアカウントではありません。`);
        return account(user.id, user.displayName);
      }
      case 'users': {
        const variable = (assignee as { variable: string }).variable;
        const username = entryOf(ctx, variable);
        const user = username
          ? await em.findOne(UserAccount, { where: { username: username.toLowerCase(), active: true } })
          : null;
        if (!user) {
          throw unresolvable(
            `「${ctx.taskName}」の担当者 users(${variable}) の${username ? `「${username}」は有効なアカウントではありません` : '値がありません'}。`,
          );
        }
        return account(user.id, user.displayName);
      }
      case 'role':
        return {
          assigneeUserId: null,
          candidateRole: (assignee as { role: string }).role,
          candidateScopeUnitId: initiator.unitId,
          assigneeUnitId: null,
          assigneePositionCode: null,
          assigneeLabel: (assignee as { role: string }).role,
        };
      case 'post': {
        const { post, unitsVariable } = assignee as { post: string; unitsVariable?: string };
        const code = positionCodeOf(post);
        if (!code) throw unresolvable(`「${ctx.taskName}」の担当者 post(${post}) は職位として登録されていません。`);
        if (!unitsVariable) return this.postHolder(em, code, post, ctx.initiator.unitId, ctx);
        const unitCode = entryOf(ctx, unitsVariable);
        const unit = unitCode ? await this.organisation.findUnitByCode(unitCode) : null;
        if (!unit) {
          throw unresolvable(
            `「${ctx.taskName}」の担当者 post(${post}, ${unitsVariable}) の${unitCode ? `組織コード「${unitCode}」は登録されていません` : '値がありません'}。`,
          );
        }
        return this.postHolder(em, code, post, unit.id, ctx);
      }
      case 'decider': {
        const table = (assignee as { table: string }).table;
        const active = await this.delegationTables.activeIn(em, table);
        if (!active) throw unresolvable(`「${ctx.taskName}」の決裁者を決める専決表「${table}」がありません。`);
        const { rules } = active;
        const given = ctx.variables.amount;
        const amount =
          typeof given === 'number' && Number.isFinite(given)
            ? given
            : ctx.businessType && isAmountIndependent(rules, ctx.businessType)
              ? 0
              : null;
        if (!ctx.businessType || amount === null) {
          throw unresolvable(
            `「${ctx.taskName}」の決裁者 decider(${table}) を決めるには業務種別（businessType）と金額（variables.amount）が必要です。`,
          );
        }
        const code = decidingPositionFor(rules, ctx.businessType, amount);
        if (!code) {
          throw unresolvable(
            `専決表「${table}」に業務種別「${ctx.businessType}」・金額 ${amount} 円の決裁者が定められていません。`,
          );
        }
        const name = POSITIONS.find((p) => p.code === code)?.name ?? code;
        return this.postHolder(em, code, name, ctx.initiator.unitId, ctx);
      }
    }
  }

  private async displayNameOf(em: EntityManager, userId: number): Promise<string> {
    const user = await em.findOne(UserAccount, { select: { id: true, displayName: true }, where: { id: userId } });
    return user?.displayName ?? '';
  }

  private async postHolder(
    em: EntityManager,
    code: string,
    post: string,
    unitId: number | null,
    ctx: ResolutionContext,
  ): Promise<ResolvedAssignee> {
    if (unitId === null) {
      throw unresolvable(`起案者に本務の所属がないため、「${ctx.taskName}」の担当者（${post}）を決められません。`);
    }
    const holder: PostingView | null = await this.organisation.nearestPostHolder(unitId, code, ctx.date);
    if (!holder) {
      throw unresolvable(
        `${unitId === ctx.initiator.unitId ? '起案者の所属' : '指定の組織'}とその上位組織に${post}がいないため、「${ctx.taskName}」の担当者を決められません。`,
      );
    }
    const userId = await this.accounts.activeAccountOf(em, holder.staffId);
    if (userId === null) {
      throw unresolvable(
        `${postLabel(holder.unitName, holder.positionName)}（${holder.staffName}）に有効なアカウントがないため、「${ctx.taskName}」を割り当てられません。`,
      );
    }
    return {
      ...account(userId, postLabel(holder.unitName, holder.positionName)),
      assigneeUnitId: holder.unitId,
      assigneePositionCode: holder.positionCode,
    };
  }
}

function account(userId: number, label: string): ResolvedAssignee {
  return {
    assigneeUserId: userId,
    candidateRole: null,
    candidateScopeUnitId: null,
    assigneeUnitId: null,
    assigneePositionCode: null,
    assigneeLabel: label,
  };
}

/** Entry `loopIndex` of a list variable, or the variable itself when it is a single string. */
function entryOf(ctx: ResolutionContext, variable: string): string | null {
  const value = ctx.variables[variable];
  const entry = Array.isArray(value) ? value[ctx.loopIndex ?? 0] : value;
  return typeof entry === 'string' && entry.trim() !== '' ? entry.trim() : null;
}

/** 課長 → section-chief; a position code is accepted as it is. */
export function positionCodeOf(post: string): string | null {
  const trimmed = post.trim();
  return POSITIONS.find((p) => p.name === trimmed || p.code === trimmed)?.code ?? null;
}
