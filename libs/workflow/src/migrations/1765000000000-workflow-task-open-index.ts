import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The inbox ORs several assignment branches (user, escalation, post, role), every one with status = 'open'.
 * The per-branch indexes lead with the assignment column, so MariaDB gave up on merging them and scanned the
 * whole table: ~1 s at 1,000,000 completed tasks. Open tasks are a small share of all tasks, so an index led
 * by status turns that into a range over the open ones; dueAt next serves the inbox's default order.
 */
export class WorkflowTaskOpenIndex1765000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('wf_task', new TableIndex({ name: 'ix_wf_task_open_due', columnNames: ['status', 'dueAt'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('wf_task', 'ix_wf_task_open_due');
  }
}
