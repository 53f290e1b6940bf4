import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { AuditTrail } from '@ringi/auth';
import {
  Clock,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  RowCache,
  Transactions,
  UnprocessableError,
} from '@ringi/platform';
import { validateDefinition, type ValidDefinition } from '../definitions/validate-definition';
import type { Problem } from '../definitions/problem';
import { DefinitionRepository, type VersionLockRow } from './definition.repository';
import { WorkflowDefinition } from './entities/workflow-definition.entity';
import {
  toKeyViews,
  toStoredDefinition,
  toVersionView,
  type DefinitionKeyView,
  type DefinitionVersionView,
  type StoredDefinition,
} from './definition-views';
import { definitionTargetId, isProcessKey, MAX_PROCESS_KEY_LENGTH } from './domain/process-key';

/** Who deploys or activates: a logged-in principal, or the system (userId null) for seeds. */
export interface DefinitionActor {
  userId: number | null;
  username: string | null;
}

export interface DeployOptions {
  /** Make the new version the active one. The first version of a key is always made active. */
  activate?: boolean;
}

/** Why a version became the active one, as the audit trail records it. */
type ActivationReason = 'first-version' | 'deployed-with-activate' | 'requested';

const MAX_NAME_LENGTH = 255;
/** How long another API process may go on starting instances on the version that was active before. */
export const ACTIVE_VERSION_TTL_MS = 10_000;
/** A deploy that loses a race for the next version number tries again this often before answering 409. */
const DEPLOY_ATTEMPTS = 3;
const WRITE_CONFLICT_CODES = new Set([
  'ER_DUP_ENTRY',
  'ER_LOCK_DEADLOCK',
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
]);

export const DEFINITION_PROBLEMS_MESSAGE = 'BPMN 定義に問題があります。';

const notFound = (processKey: string, version?: number) =>
  new NotFoundError(
    version === undefined
      ? `ワークフロー定義「${processKey}」は登録されていません。`
      : `ワークフロー定義「${processKey}」の版 ${version} は登録されていません。`,
  );

/**
 * The definition store: BPMN definitions deployed as numbered versions per process key, one of them active.
 * Instances keep the definitionId they started on, so activating another version never moves them.
 */
@Injectable()
export class DefinitionStoreService {
  private readonly logger = new Logger('workflow.definitions');
  private readonly activeVersions = new Map<number, Promise<StoredDefinition>>();

  /** The active version's id by process key: every start asks, and activation is rare. */
  private readonly activeIds: RowCache<string, number>;

  constructor(
    private readonly transactions: Transactions,
    private readonly repo: DefinitionRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    dataSource: DataSource,
  ) {
    this.activeIds = new RowCache(dataSource, new Set([dataSource.getMetadata(WorkflowDefinition).tableName]), {
      ttlMs: ACTIVE_VERSION_TTL_MS,
      maxEntries: 1_000,
    });
  }

  /**
   * Validates BPMN 2.0 XML and stores it as version N+1 of its process key. Problems answer 422 with
   * `[{elementId, message}]`. Safe against another API process deploying the same key at the same time:
   * the key's rows are locked, and the unique (processKey, version) index catches a race for the first version,
   * which is then retried. Call it outside other transactions: a retry needs a transaction of its own.
   */
  async deploy(xml: unknown, actor: DefinitionActor, options: DeployOptions = {}): Promise<DefinitionVersionView> {
    if (typeof xml !== 'string' || xml.trim() === '') {
      throw new InvalidInputError('BPMN 定義（XML）が空です。', [
        { field: 'body', messages: ['BPMN 2.0 の XML を本文に入れて送信してください'] },
      ]);
    }
    // Parsing and checking is CPU work: done before the transaction, so no lock waits on it.
    const result = await validateDefinition(xml);
    if (!result.ok) throw new UnprocessableError(DEFINITION_PROBLEMS_MESSAGE, result.problems);
    const problems = storageProblems(result);
    if (problems.length > 0) throw new UnprocessableError(DEFINITION_PROBLEMS_MESSAGE, problems);

    for (let attempt = 1; ; attempt++) {
      try {
        return await this.transactions.run((em) => this.store(em, xml, result, actor, options));
      } catch (error) {
        if (!isWriteConflict(error)) throw error;
        if (attempt >= DEPLOY_ATTEMPTS) {
          this.logger.warn(`deploy of ${result.processKey} lost ${attempt} races for the next version`);
          throw new ConflictError(
            `ワークフロー定義「${result.processKey}」が同時に登録されたため、版を確定できませんでした。もう一度お試しください。`,
          );
        }
      }
    }
  }

  /** Every process key with its latest and active version, ordered by key. */
  list(): Promise<DefinitionKeyView[]> {
    return this.transactions.run(async (em) => toKeyViews(await this.repo.allSummaries(em)));
  }

  /** The versions of a key, newest first. */
  versions(processKey: string): Promise<DefinitionVersionView[]> {
    return this.transactions.run(async (em) => {
      const rows = await this.repo.versionSummaries(em, processKey);
      if (rows.length === 0) throw notFound(processKey);
      return rows.map(toVersionView);
    });
  }

  /** The XML of a version exactly as it was deployed. */
  xml(processKey: string, version: number): Promise<string> {
    return this.transactions.run(async (em) => {
      const xml = await this.repo.xml(em, processKey, version);
      if (xml === null) throw notFound(processKey, version);
      return xml;
    });
  }

  /** Makes `version` the one new instances of the key start on; running instances keep theirs. */
  activate(processKey: string, version: number, actor: DefinitionActor): Promise<DefinitionVersionView> {
    return this.transactions.run(async (em) => {
      const rows = await this.repo.versionsForUpdate(em, processKey, this.transactions.lock);
      if (rows.length === 0) throw notFound(processKey);
      const target = rows.find((r) => r.version === version);
      if (!target) throw notFound(processKey, version);
      if (!target.active) {
        await this.switchActive(em, rows, target.id);
        await this.recordActivation(processKey, version, target.id, previousActive(rows), 'requested', actor);
      }
      const row = await this.repo.versionSummary(em, processKey, version);
      return toVersionView(row!);
    });
  }

  /**
   * The version new instances of `processKey` start on, with its serialized context. A stored version never
   * changes (only which one is active does), so each is read once per process; which one is active is kept
   * for ACTIVE_VERSION_TTL_MS (an activation through this process is seen at once).
   */
  async activeDefinition(processKey: string): Promise<StoredDefinition> {
    const id = await this.activeIds.get(processKey, () =>
      this.transactions.read((em) => this.repo.activeId(em, processKey)),
    );
    if (id === null) throw new NotFoundError(`ワークフロー定義「${processKey}」に有効な版がありません。`);
    let version = this.activeVersions.get(id);
    if (!version) {
      version = this.definitionById(id);
      version.catch(() => this.activeVersions.delete(id));
      this.activeVersions.set(id, version);
    }
    return { ...(await version), active: true };
  }

  /** A version by its id (what instances keep), with its serialized context. */
  definitionById(id: number): Promise<StoredDefinition> {
    return this.transactions.read(async (em) => {
      const row = await this.repo.byId(em, id);
      if (!row) throw new NotFoundError(`ワークフロー定義（ID ${id}）が見つかりません。`);
      return toStoredDefinition(row);
    });
  }

  private async store(
    em: EntityManager,
    xml: string,
    definition: ValidDefinition,
    actor: DefinitionActor,
    options: DeployOptions,
  ): Promise<DefinitionVersionView> {
    const { processKey } = definition;
    const rows = await this.repo.versionsForUpdate(em, processKey, this.transactions.lock);
    const version = (rows.at(-1)?.version ?? 0) + 1;
    const previous = previousActive(rows);
    // A key always has an active version: the first one, until another is chosen.
    const reason: ActivationReason | null = !previous
      ? 'first-version'
      : options.activate
        ? 'deployed-with-activate'
        : null;
    if (reason && previous) await this.repo.setActive(em, previous.id, false);
    const saved = await this.repo.insert(em, {
      processKey,
      version,
      name: definition.processName,
      xml,
      serializedContext: definition.serializedContext,
      userTasks: JSON.stringify(definition.userTasks),
      active: reason !== null,
      deployedByUserId: actor.userId,
      deployedAt: this.clock.now(),
    });
    await this.audit.record({
      action: 'workflow.definition.deployed',
      targetType: 'workflow-definition',
      targetId: definitionTargetId(processKey, version),
      capacity: 'admin',
      actor: auditActor(actor),
      detail: {
        definitionId: saved.id,
        processKey,
        version,
        name: definition.processName,
        active: saved.active,
        userTasks: definition.userTasks.map((t) => t.elementId),
        xmlLength: xml.length,
        xmlSha256: createHash('sha256').update(xml).digest('hex'),
      },
    });
    if (reason) await this.recordActivation(processKey, version, saved.id, previous, reason, actor);
    return toVersionView(saved);
  }

  private async switchActive(em: EntityManager, rows: VersionLockRow[], activeId: number): Promise<void> {
    for (const row of rows) {
      const active = row.id === activeId;
      if (Boolean(row.active) !== active) await this.repo.setActive(em, row.id, active);
    }
  }

  private recordActivation(
    processKey: string,
    version: number,
    definitionId: number,
    previous: VersionLockRow | undefined,
    reason: ActivationReason,
    actor: DefinitionActor,
  ): Promise<unknown> {
    return this.audit.record({
      action: 'workflow.definition.activated',
      targetType: 'workflow-definition',
      targetId: definitionTargetId(processKey, version),
      capacity: 'admin',
      actor: auditActor(actor),
      detail: { definitionId, processKey, version, previousActiveVersion: previous?.version ?? null, reason },
    });
  }
}

function previousActive(rows: VersionLockRow[]): VersionLockRow | undefined {
  return rows.findLast((r) => Boolean(r.active));
}

function auditActor(actor: DefinitionActor): { userId: number | null; name: string | null } {
  return { userId: actor.userId, name: actor.username };
}

/** What the validator accepts but the wf_definition columns cannot hold. */
function storageProblems(definition: ValidDefinition): Problem[] {
  const problems: Problem[] = [];
  if (!isProcessKey(definition.processKey)) {
    problems.push({
      elementId: definition.processKey.slice(0, MAX_PROCESS_KEY_LENGTH),
      message: `プロセスの id は ${MAX_PROCESS_KEY_LENGTH} 文字以内の XML 名（英字または _ で始まり、英数字・_・-・. が続く形）にしてください。`,
    });
  }
  if (definition.processName !== null && [...definition.processName].length > MAX_NAME_LENGTH) {
    problems.push({
      elementId: definition.processKey.slice(0, MAX_PROCESS_KEY_LENGTH),
      message: `プロセスの名前は ${MAX_NAME_LENGTH} 文字以内にしてください。`,
    });
  }
  return problems;
}

function isWriteConflict(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  return code !== undefined && WRITE_CONFLICT_CODES.has(code);
}
