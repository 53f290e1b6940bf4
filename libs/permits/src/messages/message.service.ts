import { Injectable } from '@nestjs/common';
import { MoreThan, type EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@ringi/auth';
import { Clock, NotFoundError, Transactions } from '@ringi/platform';
import { PermitApplication } from '../applications/permit-application.entity';
import { PermitMessage, type MessageAuthorKind } from './permit-message.entity';

export interface MessageView {
  id: number;
  authorKind: MessageAuthorKind;
  authorName: string;
  body: string;
  at: Date;
  /** Written by the other side after the last message this side read. */
  unread: boolean;
}

export interface MessageThread {
  messages: MessageView[];
  unread: number;
}

/** Which side reads or writes: the applicant only on their own application (`userId`), clerks on any. */
export type MessageSide = { kind: 'applicant'; userId: number } | { kind: 'clerk' };

const READ_COLUMN = { applicant: 'applicantReadMessageId', clerk: 'clerksReadMessageId' } as const;
const OTHER: Record<MessageAuthorKind, MessageAuthorKind> = { applicant: 'clerk', clerk: 'applicant' };

/**
 * Messages between the applicant and the road section on an application. Each side sees what the other wrote
 * since it last read the thread as 未読 until it marks the thread read.
 */
@Injectable()
export class MessageService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  thread(applicationId: number, side: MessageSide): Promise<MessageThread> {
    return this.transactions.run(async (em) => {
      const application = await this.applicationFor(em, applicationId, side);
      const readUpTo = application[READ_COLUMN[side.kind]] ?? 0;
      const rows = await em.find(PermitMessage, { where: { applicationId }, order: { id: 'ASC' } });
      const messages = rows.map((m) => ({
        id: m.id,
        authorKind: m.authorKind,
        authorName: m.authorName,
        body: m.body,
        at: m.at,
        unread: m.authorKind === OTHER[side.kind] && m.id > readUpTo,
      }));
      return { messages, unread: messages.filter((m) => m.unread).length };
    });
  }

  /** Stores the message and audits it; writing also reads what the other side wrote before it. */
  post(applicationId: number, side: MessageSide, body: string, principal: Principal): Promise<MessageView> {
    return this.transactions.run(async (em) => {
      await this.applicationFor(em, applicationId, side);
      const message = em.create(PermitMessage, {
        applicationId,
        authorKind: side.kind,
        authorUserId: principal.userId,
        authorName: principal.displayName,
        body,
        at: this.clock.now(),
      });
      await em.insert(PermitMessage, message);
      await em.update(PermitApplication, { id: applicationId }, { [READ_COLUMN[side.kind]]: message.id });
      await this.audit.record({
        action: 'permits.message.posted',
        targetType: 'permit-application',
        targetId: applicationId,
        capacity: 'self',
        detail: { messageId: message.id, authorKind: side.kind, length: body.length },
      });
      return { ...message, unread: false };
    });
  }

  /** The side has read the thread up to its newest message. */
  markRead(applicationId: number, side: MessageSide): Promise<void> {
    return this.transactions.run(async (em) => {
      const application = await this.applicationFor(em, applicationId, side);
      const newest = await em.findOne(PermitMessage, {
        where: { applicationId, id: MoreThan(application[READ_COLUMN[side.kind]] ?? 0) },
        order: { id: 'DESC' },
      });
      if (newest) await em.update(PermitApplication, { id: applicationId }, { [READ_COLUMN[side.kind]]: newest.id });
    });
  }

  private async applicationFor(em: EntityManager, id: number, side: MessageSide): Promise<PermitApplication> {
    const application = await em.findOneBy(PermitApplication, { id });
    if (!application || (side.kind === 'applicant' && application.applicantUserId !== side.userId)) {
      throw new NotFoundError(`申請（ID ${id}）が見つかりません。`);
    }
    return application;
  }
}
