import { createHash } from 'node:crypto';
import type { AuditEvent } from './audit-event.entity';

export const GENESIS_HASH = '0'.repeat(64);

type Hashed = Pick<
  AuditEvent,
  | 'seq'
  | 'at'
  | 'actorUserId'
  | 'actorName'
  | 'capacity'
  | 'action'
  | 'targetType'
  | 'targetId'
  | 'zone'
  | 'clientAddress'
  | 'outcome'
  | 'detail'
  | 'prevHash'
>;

/** sha256 over the previous hash and every recorded field, in a fixed order. */
export function auditHash(row: Hashed): string {
  const fields = [
    row.seq,
    new Date(row.at).toISOString(),
    row.actorUserId,
    row.actorName,
    row.capacity,
    row.action,
    row.targetType,
    row.targetId,
    row.zone,
    row.clientAddress,
    row.outcome,
    row.detail,
  ];
  return createHash('sha256').update(row.prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}
