import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserAccount } from '@ringi/auth';
import { OrganisationService, POSITIONS, type PostingView } from '@ringi/hr';
import { UnprocessableError } from '@ringi/platform';
import type { Assignee } from '../definitions/parse-assignee';
import { decidingPositionFor, type DelegationRule } from '../delegated-authority/delegated-authority';
import { DelegationTable } from '../delegated-authority/delegation-table.entity';
import { postLabel } from './assignee-label';

/** Who started the instance, as assignees are resolved relative to them. */
export interface Initiator {
  userId: number;
  displayName: string;
  staffId: number | null;
  unitId: number | null;
}

/** Where a new task goes: one account, or anyone holding a role in scope. */
export interface ResolvedAssignee {
  assigneeUserId: number | null;
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
}

const unresolvable = (message: string) => new UnprocessableError(message);

/**
 * Resolves ringi:assignee against the organisation when a task is created: user(x), post(課長) in the
 * initiator's unit or nearest ancestor, role(r) scoped to the initiator's unit, initiator(), and
 * decider(T) through the version of 専決 table T in force. Throws 422 when nobody can be found.
 */
@Injectable()
export class AssigneeResolver {
  constructor(private readonly organisation: OrganisationService) {}

  async resolve(em: EntityManager, assignee: Assignee | null, ctx: ResolutionContext): Promise<ResolvedAssignee> {
    const { initiator } = ctx;
    switch (assignee?.kind ?? 'initiator') {
      case 'initiator':
        return account(initiator.userId, initiator.displayName);
      case 'user': {
        const username = (assignee as { userId: string }).userId.toLowerCase();
        const user = await em.findOne(UserAccount, { where: { username, active: true } });
        if (!user)
          throw unresolvable(`「${ctx.taskName}」の担当者 user(${username}) は有効なアカウントではありません。`);
        return account(user.id, user.displayName);
      }
      case 'role':
        return {
          assigneeUserId: null,
          candidateRole: (assignee as { role: string }).role,
          candidateScopeUnitId: initiator.unitId,
          assigneeLabel: (assignee as { role: string }).role,
        };
      case 'post': {
        const post = (assignee as { post: string }).post;
        const code = positionCodeOf(post);
        if (!code) throw unresolvable(`「${ctx.taskName}」の担当者 post(${post}) は職位として登録されていません。`);
        return this.postHolder(em, code, post, ctx);
      }
      case 'decider': {
        const table = (assignee as { table: string }).table;
        const amount = ctx.variables.amount;
        if (!ctx.businessType || typeof amount !== 'number' || !Number.isFinite(amount)) {
          throw unresolvable(
            `「${ctx.taskName}」の決裁者 decider(${table}) を決めるには業務種別（businessType）と金額（variables.amount）が必要です。`,
          );
        }
        const rules = await em.findOneBy(DelegationTable, { tableKey: table, active: true });
        if (!rules) throw unresolvable(`「${ctx.taskName}」の決裁者を決める専決表「${table}」がありません。`);
        const code = decidingPositionFor(JSON.parse(rules.rules) as DelegationRule[], ctx.businessType, amount);
        if (!code) {
          throw unresolvable(
            `専決表「${table}」に業務種別「${ctx.businessType}」・金額 ${amount} 円の決裁者が定められていません。`,
          );
        }
        const name = POSITIONS.find((p) => p.code === code)?.name ?? code;
        return this.postHolder(em, code, name, ctx);
      }
    }
  }

  private async postHolder(
    em: EntityManager,
    code: string,
    post: string,
    ctx: ResolutionContext,
  ): Promise<ResolvedAssignee> {
    if (ctx.initiator.unitId === null) {
      throw unresolvable(`起案者に本務の所属がないため、「${ctx.taskName}」の担当者（${post}）を決められません。`);
    }
    const holder: PostingView | null = await this.organisation.nearestPostHolder(ctx.initiator.unitId, code, ctx.date);
    if (!holder) {
      throw unresolvable(
        `起案者の所属とその上位組織に${post}がいないため、「${ctx.taskName}」の担当者を決められません。`,
      );
    }
    const user = await em.findOne(UserAccount, { where: { staffId: holder.staffId, active: true } });
    if (!user) {
      throw unresolvable(
        `${postLabel(holder.unitName, holder.positionName)}（${holder.staffName}）に有効なアカウントがないため、「${ctx.taskName}」を割り当てられません。`,
      );
    }
    return account(user.id, postLabel(holder.unitName, holder.positionName));
  }
}

function account(userId: number, label: string): ResolvedAssignee {
  return { assigneeUserId: userId, candidateRole: null, candidateScopeUnitId: null, assigneeLabel: label };
}

/** 課長 → section-chief; a position code is accepted as it is. */
export function positionCodeOf(post: string): string | null {
  const trimmed = post.trim();
  return POSITIONS.find((p) => p.name === trimmed || p.code === trimmed)?.code ?? null;
}
