import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import { UserAccount, type Principal } from '@ringi/auth';
import { UnprocessableError } from '@ringi/platform';
import type { InstanceOutcome, InstanceService } from '@ringi/workflow';
import type { CalendarDate } from '../organisation/domain/dates';
import { OrganisationService } from '../organisation/organisation.service';
import { APPROVING_RANK } from './approving-ranks';

/** The processes attendance starts, seeded from seeds/bpmn. */
export const ATTENDANCE_PROCESSES = {
  correction: 'attendance-correction',
  leave: 'leave-request',
  overtimeExcess: 'attendance-overtime-excess',
  month: 'attendance-month',
} as const;
export type AttendanceProcess = (typeof ATTENDANCE_PROCESSES)[keyof typeof ATTENDANCE_PROCESSES];

/** Whose nearest superior (of at least which rank) approves a case. */
export interface ApprovalFor {
  staffId: number;
  date: CalendarDate;
  maxRank?: number;
}

export type OutcomeHandler = (businessKey: string, outcome: InstanceOutcome, em: EntityManager) => Promise<void>;

/**
 * Attendance's door to the workflow engine. The workflow lib imports @ringi/hr (the organisation), so hr
 * imports nothing of the workflow while its modules load: only types statically, and the workflow's classes
 * by a dynamic import when the app starts, then looked up in the app's container.
 */
@Injectable()
export class AttendanceWorkflow implements OnModuleInit {
  private instances: InstanceService | undefined;
  private readonly handlers = new Map<AttendanceProcess, OutcomeHandler>();

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly organisation: OrganisationService,
  ) {}

  /**
   * Subscribes to the workflow's events. An app without the workflow module (the organisation's own test
   * module) has no attendance approvals: nothing is subscribed, and starting a case fails.
   */
  async onModuleInit(): Promise<void> {
    const workflow = await import('@ringi/workflow');
    const events = this.optional(workflow.WorkflowEvents);
    const links = this.optional(workflow.BusinessLinks);
    this.instances = this.optional(workflow.InstanceService);
    if (!events || !links) return;
    events.on(
      'instance.ended',
      async ({ instance, outcome }, em) => {
        const handler = this.handlers.get(instance.processKey as AttendanceProcess);
        if (handler) await handler(instance.businessKey, outcome, em);
      },
      { processKeys: Object.values(ATTENDANCE_PROCESSES) },
    );
    for (const process of Object.values(ATTENDANCE_PROCESSES)) {
      links.register(process, (key) => `/staff/attendance/${process}/${key}`);
    }
  }

  private optional<T>(token: abstract new (...args: never[]) => T): T | undefined {
    try {
      return this.moduleRef.get(token, { strict: false });
    } catch {
      return undefined;
    }
  }

  /** Reacts to the end of a process's instances (approved = 'completed'); runs in the workflow transaction. */
  onEnded(process: AttendanceProcess, handler: OutcomeHandler): void {
    this.handlers.set(process, handler);
  }

  /**
   * The account of a staff member's nearest superior (係長 or above) on a date: the approver of their leave,
   * corrections and month, whatever their own rank (a 係長's is the 課長, a 課長's the 部長). The processes
   * take it as the variable `approver` (ringi:assignee="users(approver)").
   */
  private async approverOf(em: EntityManager, approval: ApprovalFor): Promise<string> {
    const maxRank = approval.maxRank ?? APPROVING_RANK;
    for (const superior of await this.organisation.superiorsOf(approval.staffId, approval.date, { maxRank })) {
      const account = await em.findOneBy(UserAccount, { staffId: superior.staffId, active: true });
      if (account) return account.username;
    }
    throw new UnprocessableError(
      `承認する上司（${maxRank === APPROVING_RANK ? '係長' : '課長'}以上）が見つかりません。人事課に連絡してください。`,
    );
  }

  /**
   * Starts the process for the business object inside the caller's transaction, to be approved by the nearest
   * superior of `approvalFor` (the requester, or for an overtime excess the supervisor who ordered it).
   * Answers the instance id.
   */
  async start(
    em: EntityManager,
    process: AttendanceProcess,
    businessKey: number,
    approvalFor: ApprovalFor,
    variables: Record<string, unknown>,
    principal: Principal,
  ): Promise<number> {
    const approver = await this.approverOf(em, approvalFor);
    if (!this.instances) throw new Error('attendance approvals need the workflow module');
    const instance = await this.instances.start(
      {
        definitionKey: process,
        businessKey: String(businessKey),
        businessType: process,
        variables: { ...variables, approver },
      },
      principal,
    );
    return instance.id;
  }
}
