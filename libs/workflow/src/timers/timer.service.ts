import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, IsNull, LessThanOrEqual, type EntityManager } from 'typeorm';
import { Clock, Transactions, insertRows, updateRows } from '@ringi/platform';
import { WorkflowTimer } from './workflow-timer.entity';

export interface NewTimer {
  kind: string;
  dueAt: Date;
  instanceId?: number | null;
  taskId?: number | null;
  payload?: Record<string, unknown>;
}

/** Does what a timer of one kind means; runs inside the transaction that marks the timer fired. */
export type TimerHandler = (timer: WorkflowTimer, payload: Record<string, unknown>, em: EntityManager) => Promise<void>;

/** How long a claim keeps other processes off a timer; after that a crashed claimer's timers are retried. */
const CLAIM_MS = 60_000;
const MAX_ERROR_LENGTH = 500;

@Injectable()
export class TimerService {
  private readonly logger = new Logger('timers');
  private readonly handlers = new Map<string, TimerHandler>();
  /** Identifies this process in claims. */
  readonly node = `${process.pid}-${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  registerHandler(kind: string, handler: TimerHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Adds a timer; pass the manager of the running transaction so it commits with the change that needs it. */
  async schedule(em: EntityManager, timer: NewTimer): Promise<WorkflowTimer> {
    const [row] = await this.scheduleAll(em, [timer]);
    return row;
  }

  /** Adds several timers in one INSERT (a statement per timer costs more than the rows). */
  async scheduleAll(em: EntityManager, timers: NewTimer[]): Promise<WorkflowTimer[]> {
    if (timers.length === 0) return [];
    const rows = timers.map((timer) => this.newRow(em, timer));
    await insertRows(em, WorkflowTimer, rows);
    return rows;
  }

  private newRow(em: EntityManager, timer: NewTimer): WorkflowTimer {
    return em.create(WorkflowTimer, {
      kind: timer.kind,
      dueAt: timer.dueAt,
      instanceId: timer.instanceId ?? null,
      taskId: timer.taskId ?? null,
      payload: JSON.stringify(timer.payload ?? {}),
      claimedBy: null,
      claimedUntil: null,
      firedAt: null,
      cancelledAt: null,
      attempts: 0,
      lastError: null,
      createdAt: this.clock.now(),
    });
  }

  /** Cancels the timers of a task that is done (its due date and reminders no longer apply). */
  async cancelForTask(em: EntityManager, taskId: number): Promise<void> {
    await updateRows(
      em,
      WorkflowTimer,
      { taskId, firedAt: null, cancelledAt: null },
      { cancelledAt: this.clock.now() },
    );
  }

  /**
   * Fires the timers due now. Safe to call from any number of processes at once: a timer is
   * claimed by one, and its handler's work commits together with `firedAt`, at most once.
   */
  async fireDue(limit = 50): Promise<{ fired: number; failed: number }> {
    const now = this.clock.now();
    const candidates = await this.dataSource.getRepository(WorkflowTimer).find({
      where: { firedAt: IsNull(), cancelledAt: IsNull(), dueAt: LessThanOrEqual(now) },
      order: { dueAt: 'ASC' },
      take: limit,
    });
    let fired = 0;
    let failed = 0;
    for (const candidate of candidates) {
      if (candidate.claimedUntil && new Date(candidate.claimedUntil) > now) continue;
      if (!(await this.claim(candidate, now))) continue;
      const outcome = await this.fire(candidate);
      if (outcome === 'fired') fired += 1;
      if (outcome === 'failed') failed += 1;
    }
    return { fired, failed };
  }

  private async claim(timer: WorkflowTimer, now: Date): Promise<boolean> {
    const qb = this.dataSource
      .createQueryBuilder()
      .update(WorkflowTimer)
      .set({ claimedBy: this.node, claimedUntil: new Date(now.getTime() + CLAIM_MS) })
      .where('id = :id AND firedAt IS NULL', { id: timer.id });
    if (timer.claimedUntil) qb.andWhere('claimedUntil = :previous', { previous: timer.claimedUntil });
    else qb.andWhere('claimedUntil IS NULL');
    const result = await qb.execute();
    return (result.affected ?? 0) === 1;
  }

  private async fire(timer: WorkflowTimer): Promise<'fired' | 'skipped' | 'failed'> {
    const handler = this.handlers.get(timer.kind);
    try {
      return await this.transactions.run(async (em) => {
        // Setting firedAt first takes the row lock: a second process waits here, then finds it fired.
        const marked = await em.update(
          WorkflowTimer,
          { id: timer.id, firedAt: IsNull() },
          { firedAt: this.clock.now() },
        );
        if (!marked.affected) return 'skipped';
        if (!handler) throw new Error(`no handler is registered for timers of kind "${timer.kind}"`);
        await handler(timer, JSON.parse(timer.payload) as Record<string, unknown>, em);
        return 'fired';
      });
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
      this.logger.warn(`timer ${timer.id} (${timer.kind}) failed: ${message}`);
      await this.dataSource
        .getRepository(WorkflowTimer)
        .update({ id: timer.id }, { attempts: timer.attempts + 1, lastError: message });
      return 'failed';
    }
  }
}
