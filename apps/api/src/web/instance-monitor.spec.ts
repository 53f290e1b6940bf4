import type { WorkflowInstance, WorkflowTask } from '@ringi/workflow';
import { monitorInstances } from './instance-monitor';

const now = new Date('2026-04-20T00:00:00Z');
const instance = (id: number, status = 'running') =>
  ({ id, status, processKey: 'p', businessKey: `B${id}`, startedAt: now }) as WorkflowInstance;
const task = (id: number, instanceId: number, createdAt: string, dueAt: string | null) =>
  ({
    id,
    instanceId,
    name: `step ${id}`,
    assigneeLabel: '課長',
    createdAt: new Date(createdAt),
    dueAt: dueAt ? new Date(dueAt) : null,
  }) as WorkflowTask;

describe('the instance monitor', () => {
  it('flags steps past due as overdue and steps sitting without a due date as stuck', () => {
    const [late, idle, fine] = monitorInstances(
      [instance(1), instance(2), instance(3)],
      [
        task(10, 1, '2026-04-01T00:00:00Z', '2026-04-10T00:00:00Z'),
        task(20, 2, '2026-04-10T00:00:00Z', null),
        task(30, 3, '2026-04-18T00:00:00Z', null),
      ],
      now,
    );
    expect(late).toMatchObject({ overdue: true, stuck: false });
    expect(idle).toMatchObject({ overdue: false, stuck: true });
    expect(fine).toMatchObject({ overdue: false, stuck: false, openSteps: [{ taskId: 30, assigneeLabel: '課長' }] });
  });

  it('counts a failed instance as stuck', () => {
    expect(monitorInstances([instance(4, 'failed')], [], now)[0].stuck).toBe(true);
  });
});
