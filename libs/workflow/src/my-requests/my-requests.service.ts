import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Transactions } from '@ringi/platform';
import { WorkflowDefinition } from '../definition-store/entities/workflow-definition.entity';
import { WorkflowHistory } from '../instances/entities/workflow-history.entity';
import { WorkflowInstance, type InstanceStatus } from '../instances/entities/workflow-instance.entity';
import { WorkflowTask } from '../tasks/entities/workflow-task.entity';

export interface MyRequest {
  id: number;
  processKey: string;
  processName: string | null;
  businessKey: string;
  title: string | null;
  status: InstanceStatus;
  startedAt: Date;
  endedAt: Date | null;
  /** When anything last happened on the case (its latest history line). */
  updatedAt: Date;
  /** The steps open now and who they wait for. */
  openSteps: { taskId: number; name: string | null; stepKind: string; assigneeLabel: string; dueAt: Date | null }[];
}

export interface MyRequestsPage {
  total: number;
  items: MyRequest[];
}

const DEFAULT_LIMIT = 20;

function titleOf(variables: string): string | null {
  const parsed = JSON.parse(variables) as Record<string, unknown>;
  return typeof parsed.title === 'string' ? parsed.title : null;
}

/** 自分の申請: every case I started, of any process, newest first, a page at a time. */
@Injectable()
export class MyRequestsService {
  constructor(private readonly transactions: Transactions) {}

  list(
    userId: number,
    filter: { status?: InstanceStatus; limit?: number; offset?: number } = {},
  ): Promise<MyRequestsPage> {
    return this.transactions.read(async (em) => {
      const where = { initiatorUserId: userId, ...(filter.status ? { status: filter.status } : {}) };
      const [instances, total] = await em.findAndCount(WorkflowInstance, {
        where,
        order: { id: 'DESC' },
        take: filter.limit ?? DEFAULT_LIMIT,
        skip: filter.offset ?? 0,
      });
      if (instances.length === 0) return { total, items: [] };
      const ids = instances.map((i) => i.id);
      const [open, latest, definitions] = await Promise.all([
        em.find(WorkflowTask, { where: { instanceId: In(ids), status: 'open' }, order: { id: 'ASC' } }),
        em
          .createQueryBuilder(WorkflowHistory, 'h')
          .select('h.instanceId', 'instanceId')
          .addSelect('MAX(h.id)', 'lastId')
          .where('h.instanceId IN (:...ids)', { ids })
          .groupBy('h.instanceId')
          .getRawMany<{ instanceId: number; lastId: number }>(),
        em.find(WorkflowDefinition, {
          select: { id: true, name: true },
          where: { id: In([...new Set(instances.map((i) => i.definitionId))]) },
        }),
      ]);
      const lastLines =
        latest.length > 0
          ? await em.find(WorkflowHistory, {
              select: { instanceId: true, at: true },
              where: { id: In(latest.map((l) => Number(l.lastId))) },
            })
          : [];
      const updatedAt = new Map(lastLines.map((h) => [h.instanceId, h.at]));
      const names = new Map(definitions.map((d) => [d.id, d.name]));
      return {
        total,
        items: instances.map((i) => ({
          id: i.id,
          processKey: i.processKey,
          processName: names.get(i.definitionId) ?? null,
          businessKey: i.businessKey,
          title: titleOf(i.variables),
          status: i.status,
          startedAt: i.startedAt,
          endedAt: i.endedAt,
          updatedAt: updatedAt.get(i.id) ?? i.endedAt ?? i.startedAt,
          openSteps: open
            .filter((t) => t.instanceId === i.id)
            .map((t) => ({
              taskId: t.id,
              name: t.name,
              stepKind: t.stepKind,
              assigneeLabel: t.assigneeLabel,
              dueAt: t.dueAt,
            })),
        })),
      };
    });
  }
}
