import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export interface AuditFilter {
  from?: string;
  to?: string;
  actorUserId?: number;
  actorName?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  outcome?: string;
  zone?: string;
}

/** Read side of the audit trail for auditors: filter, page, export. */
@Injectable()
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async page(filter: AuditFilter, page: number, pageSize: number) {
    const [items, total] = await this.filtered(filter)
      .orderBy('e.seq', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: items.map(present), total, page, pageSize };
  }

  /** Up to `limit` rows, oldest first, for export. */
  async all(filter: AuditFilter, limit: number) {
    const rows = await this.filtered(filter).orderBy('e.seq', 'ASC').take(limit).getMany();
    return rows.map(present);
  }

  private filtered(f: AuditFilter): SelectQueryBuilder<AuditEvent> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (f.from) qb.andWhere('e.at >= :from', { from: new Date(f.from) });
    if (f.to) qb.andWhere('e.at < :to', { to: new Date(f.to) });
    if (f.actorUserId) qb.andWhere('e.actorUserId = :actorUserId', { actorUserId: f.actorUserId });
    if (f.actorName) qb.andWhere('e.actorName = :actorName', { actorName: f.actorName });
    if (f.action) qb.andWhere('e.action LIKE :action', { action: `${f.action.replace(/[%_]/g, '')}%` });
    if (f.targetType) qb.andWhere('e.targetType = :targetType', { targetType: f.targetType });
    if (f.targetId) qb.andWhere('e.targetId = :targetId', { targetId: f.targetId });
    if (f.outcome) qb.andWhere('e.outcome = :outcome', { outcome: f.outcome });
    if (f.zone) qb.andWhere('e.zone = :zone', { zone: f.zone });
    return qb;
  }
}

function present(e: AuditEvent) {
  return {
    seq: e.seq,
    at: e.at,
    actorUserId: e.actorUserId,
    actorName: e.actorName,
    capacity: e.capacity,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    zone: e.zone,
    clientAddress: e.clientAddress,
    outcome: e.outcome,
    detail: e.detail ? (JSON.parse(e.detail) as unknown) : null,
    hash: e.hash,
  };
}

export type AuditEventView = ReturnType<typeof present>;
