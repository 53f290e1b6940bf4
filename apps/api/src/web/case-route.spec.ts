import type { HistoryView, UserTaskDefinition } from '@ringi/workflow';
import { buildRoute } from './case-route';

const step = (elementId: string, name: string): UserTaskDefinition => ({
  elementId,
  name,
  assignee: null,
  stepKind: 'approve',
  due: null,
  quorum: null,
  multiInstance: null,
});

const at = new Date('2026-04-01T00:00:00Z');
const line = (
  id: number,
  taskId: number | null,
  action: string,
  actorName: string,
  capacity = 'self',
): HistoryView => ({
  id,
  taskId,
  at,
  actorUserId: id,
  actorName,
  capacity,
  action,
  comment: null,
  targetElementId: null,
});

describe('a case route with stamps', () => {
  const steps = [step('draft', '申請'), step('kakaricho', '係長承認'), step('kacho', '課長決裁')];

  it('stamps approved steps, marks the open one current and the rest pending', () => {
    const route = buildRoute(
      steps,
      [
        {
          id: 1,
          elementId: 'draft',
          name: '申請',
          status: 'completed',
          assigneeLabel: '港 一郎',
          dueAt: null,
          outcome: 'approved',
        },
        {
          id: 2,
          elementId: 'kakaricho',
          name: '係長承認',
          status: 'open',
          assigneeLabel: '係長',
          dueAt: at,
          outcome: null,
        },
      ],
      [line(1, null, 'started', '港 一郎'), line(2, 1, 'approved', '港 一郎')],
    );
    expect(route.steps.map((s) => s.state)).toEqual(['done', 'current', 'pending']);
    expect(route.steps[0].stamp).toMatchObject({ actorName: '港 一郎', action: 'approved', capacity: 'self' });
    expect(route.steps[1]).toMatchObject({ stamp: null, assigneeLabel: '係長', dueAt: at });
    expect(route.history.map((h) => h.stepName)).toEqual([null, '申請']);
  });

  it('shows the newest stamp of a step done again after 差戻し, with its capacity', () => {
    const route = buildRoute(
      steps.slice(0, 2),
      [
        {
          id: 1,
          elementId: 'draft',
          name: '申請',
          status: 'completed',
          assigneeLabel: 'a',
          dueAt: null,
          outcome: 'approved',
        },
        {
          id: 2,
          elementId: 'kakaricho',
          name: '係長承認',
          status: 'completed',
          assigneeLabel: 'b',
          dueAt: null,
          outcome: 'sentBack',
        },
        {
          id: 3,
          elementId: 'draft',
          name: '申請',
          status: 'completed',
          assigneeLabel: 'a',
          dueAt: null,
          outcome: 'approved',
        },
        {
          id: 4,
          elementId: 'kakaricho',
          name: '係長承認',
          status: 'completed',
          assigneeLabel: 'b',
          dueAt: null,
          outcome: 'approved',
        },
      ],
      [
        line(1, 1, 'approved', 'A'),
        line(2, 2, 'sentBack', 'B'),
        line(3, 3, 'approved', 'A2'),
        line(4, 4, 'approved', '代理', 'deputyDecision'),
      ],
    );
    expect(route.steps.map((s) => s.stamp?.actorName)).toEqual(['A2', '代理']);
    expect(route.steps[1].stamp?.capacity).toBe('deputyDecision');
  });
});
