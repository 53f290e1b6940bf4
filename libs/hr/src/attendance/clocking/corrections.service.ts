import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { Clock, ConflictError, InvalidInputError, NotFoundError, Transactions } from '@ringi/platform';
import { jstDateOf, type CalendarDate } from '../../organisation/domain/dates';
import { AttendanceAccess } from '../attendance-access';
import { ATTENDANCE_PROCESSES, AttendanceWorkflow } from '../attendance-workflow';
import { MonthLock } from '../closing/month-lock';
import { Correction } from '../entities/attendance-day.entity';
import { checkTimes, ClockingService } from './clocking.service';
import { monthRange } from './day-split';

export interface CorrectionInput {
  workDate: CalendarDate;
  clockInAt: Date | null;
  clockOutAt: Date | null;
  reason: string;
}

export type CorrectionView = Omit<Correction, 'requestedByUserId'>;

const toView = ({ requestedByUserId: _by, ...view }: Correction): CorrectionView => view;

/** 打刻修正: requested by the staff member, approved by the supervisor in the workflow, applied on approval. */
@Injectable()
export class CorrectionsService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly access: AttendanceAccess,
    private readonly workflow: AttendanceWorkflow,
    private readonly clocking: ClockingService,
    private readonly lock: MonthLock,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.workflow.onEnded(ATTENDANCE_PROCESSES.correction, (key, outcome, em) => this.ended(em, Number(key), outcome));
  }

  request(principal: Principal, input: CorrectionInput): Promise<CorrectionView> {
    const staffId = this.access.self(principal);
    if (input.clockInAt === null && input.clockOutAt === null) {
      throw new InvalidInputError('入力内容に誤りがあります。', [
        { field: 'clockInAt', messages: ['出勤時刻・退勤時刻の少なくとも一方を指定してください'] },
      ]);
    }
    if (input.workDate > jstDateOf(this.clock.now())) {
      throw new InvalidInputError('入力内容に誤りがあります。', [
        { field: 'workDate', messages: ['先の日付の打刻は修正できません'] },
      ]);
    }
    checkTimes(input.workDate, input.clockInAt, input.clockOutAt);
    return this.transactions.run(async (em) => {
      await this.lock.assertChangeable(em, staffId, input.workDate, { principal: null }, {});
      const pending = await em.existsBy(Correction, { staffId, workDate: input.workDate, status: 'pending' });
      if (pending) throw new ConflictError(`${input.workDate} の打刻修正は申請中です。`);
      const row = await em.save(
        Correction,
        em.create(Correction, {
          staffId,
          ...input,
          status: 'pending',
          instanceId: null,
          requestedByUserId: principal.userId,
          requestedAt: this.clock.now(),
        }),
      );
      row.instanceId = await this.workflow.start(
        em,
        ATTENDANCE_PROCESSES.correction,
        row.id,
        { staffId, date: input.workDate },
        { workDate: input.workDate },
        principal,
      );
      await em.update(Correction, { id: row.id }, { instanceId: row.instanceId });
      return toView(row);
    });
  }

  list(principal: Principal, staffId: number, month: string): Promise<CorrectionView[]> {
    return this.transactions.run(async (em) => {
      await this.access.assertMayRead(principal, staffId, jstDateOf(this.clock.now()));
      const rows = await em
        .getRepository(Correction)
        .createQueryBuilder('c')
        .where('c.staffId = :staffId', { staffId })
        .andWhere('c.workDate >= :first AND c.workDate <= :last', monthRange(month))
        .orderBy('c.workDate')
        .addOrderBy('c.id')
        .getMany();
      return rows.map(toView);
    });
  }

  private async ended(em: EntityManager, id: number, outcome: string): Promise<void> {
    const row = await em.findOne(Correction, { where: { id }, ...this.transactions.lock });
    if (!row) throw new NotFoundError(`打刻修正（ID ${id}）が見つかりません。`);
    if (row.status !== 'pending') return;
    if (outcome !== 'completed') {
      await em.update(Correction, { id }, { status: outcome === 'rejected' ? 'rejected' : 'withdrawn' });
      return;
    }
    const times = {
      ...(row.clockInAt ? { clockInAt: row.clockInAt } : {}),
      ...(row.clockOutAt ? { clockOutAt: row.clockOutAt } : {}),
    };
    await this.clocking.setTimes(em, row.staffId, row.workDate, times, 'correction', { principal: null });
    await em.update(Correction, { id }, { status: 'approved' });
    await this.audit.record({
      action: 'attendance.correction.applied',
      targetType: 'attendance-correction',
      targetId: id,
      detail: { staffId: row.staffId, workDate: row.workDate, ...times },
    });
  }
}
