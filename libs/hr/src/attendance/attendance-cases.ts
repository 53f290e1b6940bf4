import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@ringi/auth';
import { Clock, NotFoundError, Transactions } from '@ringi/platform';
import { jstDateOf } from '../organisation/domain/dates';
import { Staff } from '../organisation/entities/staff.entity';
import { AttendanceAccess } from './attendance-access';
import { ATTENDANCE_PROCESSES, type AttendanceProcess } from './attendance-workflow';
import { Correction } from './entities/attendance-day.entity';
import { AttendanceMonth } from './entities/attendance-month.entity';
import { LeaveKind, LeaveRequest } from './entities/leave.entity';
import { OvertimeOrder } from './entities/overtime-order.entity';

/** What an attendance approval is about, as its business screen shows it. */
export type AttendanceCase =
  | { process: 'leave-request'; staffId: number; staffName: string; leave: LeaveRequest; kindName: string }
  | {
      process: 'attendance-correction';
      staffId: number;
      staffName: string;
      correction: Omit<Correction, 'requestedByUserId'>;
    }
  | { process: 'attendance-overtime-excess'; staffId: number; staffName: string; order: OvertimeOrder }
  | { process: 'attendance-month'; staffId: number; staffName: string; month: AttendanceMonth };

const PROCESSES = new Set<string>(Object.values(ATTENDANCE_PROCESSES));

/**
 * The business object behind an attendance case (the link a task in the inbox opens): readable by the staff
 * member, their superiors, their 庶務担当 and HR.
 */
@Injectable()
export class AttendanceCases {
  constructor(
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly access: AttendanceAccess,
  ) {}

  find(principal: Principal, process: string, id: number): Promise<AttendanceCase> {
    if (!PROCESSES.has(process)) throw new NotFoundError(`勤怠の案件の種類「${process}」はありません。`);
    return this.transactions.run(async (em) => {
      const found = await this.load(em, process as AttendanceProcess, id);
      if (!found) throw new NotFoundError(`勤怠の案件（${id}）が見つかりません。`);
      await this.access.assertMayRead(principal, found.staffId, jstDateOf(this.clock.now()));
      const staff = await em.findOneBy(Staff, { id: found.staffId });
      return { ...found, staffName: staff ? `${staff.familyName} ${staff.givenName}` : '' } as AttendanceCase;
    });
  }

  private async load(em: EntityManager, process: AttendanceProcess, id: number) {
    switch (process) {
      case ATTENDANCE_PROCESSES.leave: {
        const leave = await em.findOneBy(LeaveRequest, { id });
        if (!leave) return null;
        const kind = await em.findOneBy(LeaveKind, { code: leave.kindCode });
        return { process, staffId: leave.staffId, leave, kindName: kind?.name ?? leave.kindCode };
      }
      case ATTENDANCE_PROCESSES.correction: {
        const row = await em.findOneBy(Correction, { id });
        if (!row) return null;
        const { requestedByUserId: _by, ...correction } = row;
        return { process, staffId: row.staffId, correction };
      }
      case ATTENDANCE_PROCESSES.overtimeExcess: {
        const order = await em.findOneBy(OvertimeOrder, { id });
        return order ? { process, staffId: order.staffId, order } : null;
      }
      case ATTENDANCE_PROCESSES.month: {
        const month = await em.findOneBy(AttendanceMonth, { id });
        return month ? { process, staffId: month.staffId, month } : null;
      }
    }
  }
}
