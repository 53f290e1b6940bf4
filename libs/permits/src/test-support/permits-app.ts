import type { Response } from 'supertest';
import { seedDemoCity } from '../../../../seeds/demo-city';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';
import { WorkflowClient } from '../../../../test/support/workflow-client';

/** A pole application in 港町 (1級地 on the demo grid), as the portal sends it. */
export const POLE = {
  kind: 'new',
  categoryCode: 'pole-1',
  fields: { poleNumbers: '港幹101〜102', height: 12 },
  address: 'みなと市港町1丁目2番',
  roadName: '市道港町1号線',
  geometry: { type: 'Point', coordinates: [127.681, 26.212] },
  quantity: 2,
  periodFrom: '2026-05-01',
  periodTo: '2027-03-31',
  policeConsultation: false,
};

export interface Client {
  get(url: string): Promise<Response>;
  post(url: string, body?: object): Promise<Response>;
  put(url: string, body: object): Promise<Response>;
}

export interface PermitsApp {
  t: TestApp;
  wf: WorkflowClient;
  /** Calls on the LGWAN listener as a named demo user. */
  clerk(who: string): Client;
  /** Calls on the internet listener as an applicant. */
  portal(token: string): Client;
  /** Ticks every required item of an application's review checklist, as permit1. */
  tickChecklist(id: number): Promise<void>;
  /**
   * Takes an application's review through 受付, 審査 (checklist ticked) and 警察協議 when asked (its result
   * recorded) to 決裁 and 許可.
   */
  decide(application: { id: number; instanceId: number }): Promise<void>;
}

/** The demo city on a fresh database, with the clients the permit specs use. */
export async function startPermitsApp(now = '2026-04-06T00:00:00Z'): Promise<PermitsApp> {
  const t = await startTestApp({ now });
  await seedDemoCity(t.dataSource);
  const wf = new WorkflowClient(t);
  const on = (zone: 'lgwan' | 'internet', token: () => Promise<string>): Client => ({
    get: async (url) =>
      t
        .on(zone)
        .get(url)
        .set('Authorization', `Bearer ${await token()}`),
    post: async (url, body = {}) =>
      t
        .on(zone)
        .post(url)
        .set('Authorization', `Bearer ${await token()}`)
        .send(body),
    put: async (url, body) =>
      t
        .on(zone)
        .put(url)
        .set('Authorization', `Bearer ${await token()}`)
        .send(body),
  });
  const app: PermitsApp = {
    t,
    wf,
    clerk: (who) => on('lgwan', () => wf.token(who)),
    portal: (token) => on('internet', () => Promise.resolve(token)),
    async tickChecklist(id) {
      const clerk = on('lgwan', () => wf.token('permit1'));
      const detail = await clerk.get(`/api/permits/applications/${id}`);
      for (const item of detail.body.checklist as Array<{ key: string; required: boolean }>) {
        if (item.required) await clerk.put(`/api/permits/applications/${id}/checklist/${item.key}`, { checked: true });
      }
    },
    async decide({ id, instanceId }) {
      await wf.act('permit1', instanceId);
      await app.tickChecklist(id);
      await wf.act('permit1', instanceId);
      if ((await wf.taskOf('permit1', instanceId).catch(() => null))?.elementId === 'police') {
        await on('lgwan', () => wf.token('permit1')).put(`/api/permits/applications/${id}/police-consultation`, {
          consultedOn: '2026-04-06',
          result: 'agreed',
          reference: '港署交第1号',
        });
        await wf.act('permit1', instanceId);
      }
      await wf.act('doro-kacho', instanceId);
    },
  };
  return app;
}
