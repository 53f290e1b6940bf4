import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, Transactions, insertRows, requestContext, selectRows, updateRows } from '@ringi/platform';
import { AuditChainHead, AuditEvent, type AuditOutcome } from './audit-event.entity';
import { GENESIS_HASH, auditHash } from './audit-hash';

export interface AuditEntry {
  action: string;
  targetType?: string | null;
  targetId?: string | number | null;
  outcome?: AuditOutcome;
  /** The capacity the actor acted in: self, admin, deputy (代決), on behalf of… Defaults to `self`. */
  capacity?: string;
  detail?: Record<string, unknown>;
  /** Overrides the actor taken from the request (login attempts, system jobs). */
  actor?: { userId: number | null; name: string | null };
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; reason: string };
}

const VERIFY_BATCH = 5000;

@Injectable()
export class AuditTrail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /**
   * Appends one row. Inside a running transaction the row is written just before that transaction commits,
   * so it commits or rolls back with the change it describes, and the chain head's lock, which every writer
   * contends for, is held only for the commit; all the rows of one transaction are appended together, in the
   * order recorded. The actor and zone are those of the call; the time is taken with the sequence number, so
   * the chain stays in time order.
   */
  record(entry: AuditEntry): Promise<void> {
    return this.transactions.atCommitTogether(this, this.rowFor(entry), (em, rows) => this.append(em, rows));
  }

  private rowFor(entry: AuditEntry): AuditEvent {
    const ctx = requestContext.current();
    return this.dataSource.manager.create(AuditEvent, {
      actorUserId: entry.actor ? entry.actor.userId : (ctx?.actor?.userId ?? null),
      actorName: entry.actor ? entry.actor.name : (ctx?.actor?.username ?? null),
      capacity: entry.capacity ?? 'self',
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId == null ? null : String(entry.targetId),
      zone: ctx?.zone ?? null,
      clientAddress: ctx?.clientAddress ?? null,
      outcome: entry.outcome ?? 'success',
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    });
  }

  /** One lock of the head, one INSERT of every row, one UPDATE of the head. */
  private async append(em: EntityManager, rows: AuditEvent[]): Promise<void> {
    const [head] = await selectRows(em, AuditChainHead, { id: 1 }, { lock: true });
    if (!head) throw new Error('the audit chain head row is missing: run the migrations');
    const at = this.clock.now();
    let { lastSeq: seq, lastHash: prevHash } = head;
    for (const row of rows) {
      row.seq = ++seq;
      row.at = at;
      row.prevHash = prevHash;
      row.hash = prevHash = auditHash(row);
    }
    await insertRows(em, AuditEvent, rows);
    await updateRows(em, AuditChainHead, { id: 1 }, { lastSeq: seq, lastHash: prevHash });
  }

  /** Recomputes the whole chain and reports the first row that was altered, removed or inserted. */
  async verify(): Promise<ChainVerification> {
    const repo = this.dataSource.getRepository(AuditEvent);
    const head = await this.dataSource.getRepository(AuditChainHead).findOneByOrFail({ id: 1 });
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    for (;;) {
      const rows = await repo
        .createQueryBuilder('e')
        .where('e.seq >= :from', { from: expectedSeq })
        .orderBy('e.seq', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      for (const row of rows) {
        if (row.seq !== expectedSeq) {
          return { ok: false, checked, firstBroken: { seq: expectedSeq, reason: `row ${expectedSeq} is missing` } };
        }
        if (row.prevHash !== prevHash) {
          return { ok: false, checked, firstBroken: { seq: row.seq, reason: 'link to the previous row is broken' } };
        }
        if (auditHash(row) !== row.hash) {
          return { ok: false, checked, firstBroken: { seq: row.seq, reason: 'row content does not match its hash' } };
        }
        prevHash = row.hash;
        expectedSeq += 1;
        checked += 1;
      }
      if (rows.length < VERIFY_BATCH) break;
    }
    if (head.lastSeq !== checked || head.lastHash !== prevHash) {
      return {
        ok: false,
        checked,
        firstBroken: {
          seq: checked + 1,
          reason: `rows after ${checked} are missing (chain head is at ${head.lastSeq})`,
        },
      };
    }
    return { ok: true, checked };
  }
}
