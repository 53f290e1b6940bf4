import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WorkflowDefinition } from './entities/workflow-definition.entity';
import type { DefinitionSummaryRow } from './definition-views';

/** The columns of a version without its XML and serialized context, which can be megabytes. */
const SUMMARY = {
  id: true,
  processKey: true,
  version: true,
  name: true,
  active: true,
  deployedByUserId: true,
  deployedAt: true,
  userTasks: true,
} as const;

export type VersionLockRow = Pick<WorkflowDefinition, 'id' | 'version' | 'active'>;

/** Every database read and write of wf_definition, given the EntityManager of the running transaction. */
@Injectable()
export class DefinitionRepository {
  /**
   * The versions of a key, oldest first, row-locked when `lock` asks for it. Deploy and activate both lock
   * in this order, so they serialise per key without deadlocking each other.
   */
  versionsForUpdate(em: EntityManager, processKey: string, lock: object): Promise<VersionLockRow[]> {
    return em.find(WorkflowDefinition, {
      select: { id: true, version: true, active: true },
      where: { processKey },
      order: { version: 'ASC' },
      ...lock,
    });
  }

  async insert(em: EntityManager, row: Omit<WorkflowDefinition, 'id'>): Promise<WorkflowDefinition> {
    const entity = em.create(WorkflowDefinition, row);
    await em.insert(WorkflowDefinition, entity);
    return entity;
  }

  setActive(em: EntityManager, id: number, active: boolean): Promise<unknown> {
    return em.update(WorkflowDefinition, { id }, { active });
  }

  /** Every version of every key without XML, ordered by key and version. */
  allSummaries(
    em: EntityManager,
  ): Promise<Pick<WorkflowDefinition, 'id' | 'processKey' | 'version' | 'name' | 'active' | 'deployedAt'>[]> {
    return em.find(WorkflowDefinition, {
      select: { id: true, processKey: true, version: true, name: true, active: true, deployedAt: true },
      order: { processKey: 'ASC', version: 'ASC' },
    });
  }

  versionSummaries(em: EntityManager, processKey: string): Promise<DefinitionSummaryRow[]> {
    return em.find(WorkflowDefinition, { select: SUMMARY, where: { processKey }, order: { version: 'DESC' } });
  }

  versionSummary(em: EntityManager, processKey: string, version: number): Promise<DefinitionSummaryRow | null> {
    return em.findOne(WorkflowDefinition, { select: SUMMARY, where: { processKey, version } });
  }

  async xml(em: EntityManager, processKey: string, version: number): Promise<string | null> {
    const row = await em.findOne(WorkflowDefinition, {
      select: { id: true, xml: true },
      where: { processKey, version },
    });
    return row?.xml ?? null;
  }

  byId(em: EntityManager, id: number): Promise<WorkflowDefinition | null> {
    return em.findOne(WorkflowDefinition, { where: { id } });
  }

  /** The id of the active version of a key (the highest, should a broken database ever hold two). */
  async activeId(em: EntityManager, processKey: string): Promise<number | null> {
    const row = await em.findOne(WorkflowDefinition, {
      select: { id: true },
      where: { processKey, active: true },
      order: { version: 'DESC' },
    });
    return row?.id ?? null;
  }
}
