import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { ConflictError, InvalidInputError, Transactions } from '@ringi/platform';
import type { CalendarDate } from '../../organisation/domain/dates';
import { AttendanceMonth } from '../entities/attendance-month.entity';
import { lockDecision } from './lock-decision';

export const monthOf = (date: CalendarDate) => date.slice(0, 7);

/** Who is changing a day and why: HR may change a closed month, with a reason that is audited. */
export interface ChangeContext {
  principal: Principal | null;
  hrReason?: string | null;
}

/**
 * The lock of a closed month (締め済み): nothing of it changes, except by HR giving a reason, which goes to
 * the audit trail. The month row is read with a row lock, so a change and the closing are serialised.
 */
@Injectable()
export class MonthLock {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
  ) {}

  async assertChangeable(
    em: EntityManager,
    staffId: number,
    date: CalendarDate,
    context: ChangeContext,
    what: Record<string, unknown>,
  ): Promise<void> {
    const month = await em.findOne(AttendanceMonth, {
      where: { staffId, month: monthOf(date) },
      ...this.transactions.lock,
    });
    const principal = context.principal;
    const decision = lockDecision(month?.status ?? null, !!principal?.permissions.has('hr.manage'), context.hrReason);
    if (decision === 'open' || !month) return;
    if (decision === 'locked') {
      throw new ConflictError(`${monthOf(date)} の勤怠は締め済みです。変更は人事課に依頼してください。`);
    }
    if (decision === 'reasonRequired') {
      throw new InvalidInputError('締め済みの月を変更するには理由が必要です。', [
        { field: 'reason', messages: ['締め済みの月を変更する理由を入力してください'] },
      ]);
    }
    await this.audit.record({
      action: 'attendance.closedMonth.changed',
      targetType: 'attendance-month',
      targetId: month.id,
      capacity: 'hr',
      detail: { staffId, date, reason: context.hrReason?.trim(), ...what },
    });
  }
}
