import type { DataSource } from 'typeorm';
import { passwordHasher, UserAccount } from '@ringi/auth';
import { Absence, OrganisationService, OrgUnit, jstDateOf } from '@ringi/hr';
import { DEMO_ADMIN_TOTP_SECRET } from '../../seeds/demo-city';
import { DEMO_PASSWORD, type TestApp } from './test-app';

export interface TaskBody {
  id: number;
  instanceId: number;
  elementId: string;
  stepKind: string;
  assigneeUserId: number | null;
  assigneeLabel: string;
  status: string;
  outcome: string | null;
  capacity?: string;
  overdue?: boolean;
}

export interface HistoryBody {
  taskId: number | null;
  action: string;
  actorUserId: number | null;
  capacity: string;
  comment: string | null;
  targetElementId: string | null;
}

/** Workflow calls over the LGWAN listener as named demo users, for e2e tests on the demo city. */
export class WorkflowClient {
  private readonly tokens = new Map<string, string>();

  constructor(private readonly t: TestApp) {}

  async token(who: string): Promise<string> {
    let token = this.tokens.get(who);
    if (!token) {
      token = who === 'admin' ? await this.t.loginWithMfa('admin', DEMO_ADMIN_TOTP_SECRET) : await this.t.login(who);
      this.tokens.set(who, token);
    }
    return token;
  }

  post(url: string, who: string, body: object = {}) {
    return this.withSession(who, (token) =>
      this.t.on('lgwan').post(url).set('Authorization', `Bearer ${token}`).send(body),
    );
  }

  get(url: string, who: string) {
    return this.withSession(who, (token) => this.t.on('lgwan').get(url).set('Authorization', `Bearer ${token}`));
  }

  /** Tests move the clock past the idle timeout; a session that expired is replaced by a fresh login. */
  private async withSession<R extends { status: number }>(
    who: string,
    call: (token: string) => Promise<R>,
  ): Promise<R> {
    const res = await call(await this.token(who));
    if (res.status !== 401) return res;
    this.tokens.delete(who);
    return call(await this.token(who));
  }

  /** Deploys BPMN XML as the workflow admin; fails the test unless it is stored. */
  async deploy(xml: string): Promise<number> {
    const res = await this.t
      .on('lgwan')
      .post('/api/workflow/definitions')
      .set('Authorization', `Bearer ${await this.token('admin')}`)
      .set('Content-Type', 'application/xml')
      .send(xml);
    if (res.status !== 201) throw new Error(`deploy failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as number;
  }

  async start(who: string, definitionKey: string, businessKey: string, variables: object = {}): Promise<number> {
    const res = await this.post('/api/workflow/instances', who, { definitionKey, businessKey, variables });
    if (res.status !== 201) throw new Error(`start failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as number;
  }

  async inbox(who: string, query = ''): Promise<{ total: number; items: TaskBody[]; countsByStepKind: object }> {
    const res = await this.get(`/api/workflow/tasks${query}`, who);
    if (res.status !== 200) throw new Error(`inbox of ${who}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async tasksOf(who: string, instanceId: number): Promise<TaskBody[]> {
    return (await this.inbox(who)).items.filter((i) => i.instanceId === instanceId);
  }

  async taskOf(who: string, instanceId: number): Promise<TaskBody> {
    const [task] = await this.tasksOf(who, instanceId);
    if (!task) throw new Error(`${who} has no task of instance ${instanceId}`);
    return task;
  }

  async hasTask(who: string, instanceId: number): Promise<boolean> {
    return (await this.tasksOf(who, instanceId)).length > 0;
  }

  /** Acts on the user's task of the instance; fails the test unless it answers 200. */
  async act(who: string, instanceId: number, action = 'approve', body: object = {}) {
    const task = await this.taskOf(who, instanceId);
    const res = await this.post(`/api/workflow/tasks/${task.id}/${action}`, who, body);
    if (res.status !== 200) throw new Error(`${action} by ${who}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async instance(instanceId: number, who = 'admin') {
    const res = await this.get(`/api/workflow/instances/${instanceId}`, who);
    if (res.status !== 200) throw new Error(`instance ${instanceId}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { status: string; history: HistoryBody[]; openTasks: TaskBody[] };
  }

  async userId(username: string): Promise<number> {
    return (await this.t.dataSource.getRepository(UserAccount).findOneByOrFail({ username })).id;
  }
}

/** Marks the user absent (出張) around the app's current time; returns a function that ends the absence. */
export async function markAbsent(t: TestApp, username: string): Promise<() => Promise<void>> {
  const account = await t.dataSource.getRepository(UserAccount).findOneByOrFail({ username });
  const now = t.clock.now();
  const absence = await t.dataSource.getRepository(Absence).save({
    staffId: account.staffId!,
    startsAt: new Date(now.getTime() - 60 * 60 * 1000),
    endsAt: new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000),
    reason: '出張',
  });
  return async () => {
    await t.dataSource.getRepository(Absence).delete({ id: absence.id });
  };
}

/** Gives the demo password to the account of the holder of a post, and returns its username. */
export async function loginablePostHolder(t: TestApp, unitCode: string, positionCode: string): Promise<string> {
  const ds: DataSource = t.dataSource;
  const unit = await ds.getRepository(OrgUnit).findOneByOrFail({ code: unitCode });
  const [holder] = await t.app.get(OrganisationService).holdersOf(unit.id, positionCode, jstDateOf(t.clock.now()));
  if (!holder) throw new Error(`nobody holds ${positionCode} in ${unitCode}`);
  const account = await ds.getRepository(UserAccount).findOneByOrFail({ staffId: holder.staffId });
  return loginableUser(t, account.id);
}

/** Gives the demo password to an account (demo staff beyond the README's have none), returns its username. */
export async function loginableUser(t: TestApp, userId: number): Promise<string> {
  const accounts = t.dataSource.getRepository(UserAccount);
  await accounts.update({ id: userId }, { passwordHash: await passwordHasher.hash(DEMO_PASSWORD) });
  return (await accounts.findOneByOrFail({ id: userId })).username;
}
