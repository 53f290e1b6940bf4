import fs from 'node:fs';
import path from 'node:path';
import { AuditEvent } from '@ringi/auth';
import { DefinitionStoreService, WorkflowDefinition } from '@ringi/workflow';
import { startTestApp, type TestApp } from './support/test-app';
import { createAccount } from './support/accounts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const BASE = '/api/workflow/definitions';
const FIXTURE = fs.readFileSync(new URL('./fixtures/bpmn/simple-approval.bpmn', import.meta.url), 'utf8');
const MIWG_DIR = path.resolve(process.cwd(), '../shared/fixtures/bpmn-miwg');

/** The fixture under another process key (and name), so each test works on its own key. */
function approvalModel(key: string, name = '簡易決裁'): string {
  return FIXTURE.replace('id="simpleApproval" name="簡易決裁"', `id="${key}" name="${name}"`);
}

/** The fixture with its first approval step replaced by a script task. */
function modelWithScriptTask(key: string): string {
  return approvalModel(key)
    .replace(
      /<bpmn:userTask id="chiefApproval"[^>]*>/,
      '<bpmn:scriptTask id="runScript" name="計算" scriptFormat="javascript"><bpmn:script>next()</bpmn:script>',
    )
    .replace('</bpmn:userTask>', '</bpmn:scriptTask>')
    .replaceAll('"chiefApproval"', '"runScript"');
}

interface ErrorItem {
  elementId: string | null;
  message: string;
}

describe('workflow definitions: deploy, versions, activation (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let clerk: string;

  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t.dataSource, { username: 'wfadmin', roles: ['workflow-admin'], totpSecret: SECRET });
    await createAccount(t.dataSource, { username: 'clerk', roles: ['staff'] });
    admin = await t.loginWithMfa('wfadmin', SECRET);
    clerk = await t.login('clerk');
  });
  afterAll(() => t.close());

  const deploy = (xml: string, query = '', token = admin) =>
    t
      .on('lgwan')
      .post(`${BASE}${query}`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/xml')
      .send(xml);
  const get = (url: string, token = admin) => t.on('lgwan').get(url).set('Authorization', `Bearer ${token}`);
  const activate = (key: string, version: number | string, token = admin) =>
    t.on('lgwan').post(`${BASE}/${key}/versions/${version}/activate`).set('Authorization', `Bearer ${token}`);
  const rowsOf = (processKey: string) =>
    t.dataSource.getRepository(WorkflowDefinition).find({ where: { processKey }, order: { version: 'ASC' } });
  const auditOf = (action: string, targetId: string) =>
    t.dataSource.getRepository(AuditEvent).find({ where: { action, targetId }, order: { seq: 'ASC' } });

  it('deploys a ringi model as version 1, active, with its user tasks and assignees', async () => {
    const res = await deploy(FIXTURE);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      processKey: 'simpleApproval',
      version: 1,
      name: '簡易決裁',
      active: true,
      userTasks: [
        { elementId: 'chiefApproval', assignee: { kind: 'post', post: '係長' }, stepKind: 'approve', due: 'P2D' },
        { elementId: 'managerDecision', assignee: { kind: 'post', post: '課長' }, stepKind: 'decide', due: null },
      ],
    });
    expect(typeof res.body.id).toBe('number');
    expect(res.body).not.toHaveProperty('xml');
    expect(res.body).not.toHaveProperty('serializedContext');

    const [row] = await rowsOf('simpleApproval');
    expect(row.xml).toBe(FIXTURE);
    expect(JSON.parse(row.serializedContext).definition.ringiFormat).toBe('ringi-context/1');
    expect(row.deployedAt.toISOString()).toBe(t.clock.now().toISOString());
  });

  it('numbers versions per key; later versions stay inactive until activated; exactly one is active', async () => {
    const key = 'leaveRequest';
    const v1 = await deploy(approvalModel(key, '休暇申請'));
    const v2 = await deploy(approvalModel(key, '休暇申請（改）'));
    const v3 = await deploy(approvalModel(key, '休暇申請（第3版）'));
    expect([v1.body.version, v2.body.version, v3.body.version]).toEqual([1, 2, 3]);
    expect([v1.body.active, v2.body.active, v3.body.active]).toEqual([true, false, false]);

    const versions = await get(`${BASE}/${key}/versions`);
    expect(versions.status).toBe(200);
    expect(versions.body.map((v: { version: number; active: boolean }) => [v.version, v.active])).toEqual([
      [3, false],
      [2, false],
      [1, true],
    ]);

    const activated = await activate(key, 2);
    expect(activated.status).toBe(200);
    expect(activated.body).toMatchObject({ processKey: key, version: 2, active: true, name: '休暇申請（改）' });
    expect((await rowsOf(key)).map((r) => r.active)).toEqual([false, true, false]);

    // Activating the active version again changes nothing and records nothing.
    expect((await activate(key, 2)).status).toBe(200);
    expect(await auditOf('workflow.definition.activated', `${key}:v2`)).toHaveLength(1);

    const v4 = await deploy(approvalModel(key, '休暇申請（第4版）'), '?activate=true');
    expect(v4.body).toMatchObject({ version: 4, active: true });
    expect((await rowsOf(key)).map((r) => r.active)).toEqual([false, false, false, true]);

    const list = await get(BASE);
    expect(list.status).toBe(200);
    expect(list.body.find((k: { processKey: string }) => k.processKey === key)).toMatchObject({
      processKey: key,
      name: '休暇申請（第4版）',
      latestVersion: 4,
      activeVersion: 4,
      activeDefinitionId: v4.body.id,
      versionCount: 4,
    });
    expect((await activate(key, 1)).body).toMatchObject({ version: 1, active: true });
    const after = (await get(BASE)).body.find((k: { processKey: string }) => k.processKey === key);
    expect(after).toMatchObject({ latestVersion: 4, activeVersion: 1, activeDefinitionId: v1.body.id });
  });

  it('gives other code the active version and any version by id, with the serialized context', async () => {
    const key = 'overtimeOrder';
    const v1 = (await deploy(approvalModel(key))).body;
    const v2 = (await deploy(approvalModel(key, '時間外勤務命令'))).body;
    const store = t.app.get(DefinitionStoreService);
    expect(await store.activeDefinition(key)).toMatchObject({ id: v1.id, version: 1, active: true });
    await activate(key, 2);
    const active = await store.activeDefinition(key);
    expect(active).toMatchObject({ id: v2.id, version: 2, name: '時間外勤務命令' });
    expect(active.serializedContext).toContain('ringi-context/1');
    // An instance started on version 1 keeps loading version 1 by its id.
    const old = await store.definitionById(v1.id);
    expect(old).toMatchObject({ id: v1.id, version: 1, active: false, xml: approvalModel(key) });
    expect(old.userTasks.map((u) => u.elementId)).toEqual(['chiefApproval', 'managerDecision']);
    await expect(store.activeDefinition('noSuchProcess')).rejects.toMatchObject({ kind: 'not-found' });
    await expect(store.definitionById(987654)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('returns the XML of any version as deployed, as application/xml', async () => {
    const key = 'purchaseRequest';
    const first = approvalModel(key, '物品購入');
    const second = approvalModel(key, '物品購入（改）');
    await deploy(first);
    await deploy(second);
    const v1 = await get(`${BASE}/${key}/versions/1/xml`);
    expect(v1.status).toBe(200);
    expect(v1.headers['content-type']).toMatch(/^application\/xml/);
    expect(v1.headers['content-disposition']).toContain(`${key}-v1.bpmn`);
    expect(v1.text).toBe(first);
    expect((await get(`${BASE}/${key}/versions/2/xml`)).text).toBe(second);
    // The XML a modeler gets back deploys again as the next version.
    expect((await deploy(v1.text)).body).toMatchObject({ processKey: key, version: 3 });
  });

  it('answers unknown keys and versions with 404, and malformed path parameters with 400', async () => {
    expect((await get(`${BASE}/unknownKey/versions`)).status).toBe(404);
    expect((await get(`${BASE}/simpleApproval/versions/99/xml`)).status).toBe(404);
    expect((await activate('simpleApproval', 99)).status).toBe(404);
    const badKey = await get(`${BASE}/1bad/versions`);
    expect(badKey.status).toBe(400);
    expect(badKey.body.errors[0].field).toBe('processKey');
    expect((await get(`${BASE}/${'k'.repeat(201)}/versions`)).status).toBe(400);
    expect((await get(`${BASE}/a%3Ab/versions`)).status).toBe(400);
    const badVersion = await get(`${BASE}/simpleApproval/versions/abc/xml`);
    expect(badVersion.status).toBe(400);
    expect(badVersion.body.errors).toEqual([{ field: 'version', messages: ['正の整数で指定してください'] }]);
    expect((await activate('simpleApproval', 0)).status).toBe(400);
    expect((await deploy(approvalModel('withBadFlag'), '?activate=yes')).status).toBe(400);
  });

  it('refuses a script task with 422 naming the element, and stores nothing', async () => {
    const res = await deploy(modelWithScriptTask('scripted'));
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('BPMN 定義に問題があります。');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ elementId: 'runScript' })]));
    expect(await rowsOf('scripted')).toEqual([]);
    expect((await get(`${BASE}/scripted/versions`)).status).toBe(404);
  });

  it('answers malformed XML with 422 and a problem, not 500', async () => {
    for (const xml of ['<bpmn:definitions', 'not xml at all', '<?xml version="1.0"?><root/>']) {
      const res = await deploy(xml);
      expect(res.status).toBe(422);
      expect(res.body.errors.length).toBeGreaterThan(0);
      for (const e of res.body.errors as ErrorItem[]) {
        expect(e).toHaveProperty('elementId');
        expect(typeof e.message).toBe('string');
      }
    }
  });

  it('refuses an empty body with 400', async () => {
    for (const body of ['', '   \n ']) {
      const res = await deploy(body);
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('BPMN 定義（XML）が空です。');
      expect(res.body.errors[0].field).toBe('body');
    }
    const none = await t.on('lgwan').post(BASE).set('Authorization', `Bearer ${admin}`).set('Content-Type', 'text/xml');
    expect(none.status).toBe(400);
  });

  it('refuses other content types with 415', async () => {
    const json = await t.on('lgwan').post(BASE).set('Authorization', `Bearer ${admin}`).send({ xml: FIXTURE });
    expect(json.status).toBe(415);
    expect(json.body.message).toBe('このデータ形式は受け付けていません。');
    expect(json.headers['accept-post']).toBe('application/xml, text/xml');
    const text = await t
      .on('lgwan')
      .post(BASE)
      .set('Authorization', `Bearer ${admin}`)
      .set('Content-Type', 'text/plain')
      .send(FIXTURE);
    expect(text.status).toBe(415);
    const binary = await t
      .on('lgwan')
      .post(BASE)
      .set('Authorization', `Bearer ${admin}`)
      .set('Content-Type', 'application/octet-stream')
      .send(Buffer.from(FIXTURE));
    expect(binary.status).toBe(415);
    // text/xml with a charset is XML too.
    const textXml = await t
      .on('lgwan')
      .post(BASE)
      .set('Authorization', `Bearer ${admin}`)
      .set('Content-Type', 'text/xml; charset=utf-8')
      .send(approvalModel('textXmlModel'));
    expect(textXml.status).toBe(201);
  });

  it('lets only workflow admins deploy and activate; staff may read', async () => {
    const before = await t.dataSource.getRepository(WorkflowDefinition).count();
    const denied = await deploy(approvalModel('byClerk'), '', clerk);
    expect(denied.status).toBe(403);
    expect((await activate('simpleApproval', 1, clerk)).status).toBe(403);
    expect(await t.dataSource.getRepository(WorkflowDefinition).count()).toBe(before);
    expect((await get(BASE, clerk)).status).toBe(200);
    expect((await get(`${BASE}/simpleApproval/versions`, clerk)).status).toBe(200);
    expect((await get(`${BASE}/simpleApproval/versions/1/xml`, clerk)).status).toBe(200);
    const anonymous = await t.on('lgwan').post(BASE).set('Content-Type', 'application/xml').send(FIXTURE);
    expect(anonymous.status).toBe(401);
  });

  it('is not served on the internet listener', async () => {
    const post = await t
      .on('internet')
      .post(BASE)
      .set('Authorization', `Bearer ${admin}`)
      .set('Content-Type', 'application/xml')
      .send(approvalModel('fromInternet'));
    expect(post.status).toBe(404);
    expect((await t.on('internet').get(BASE).set('Authorization', `Bearer ${admin}`)).status).toBe(404);
    expect((await t.on('internet').get(`${BASE}/simpleApproval/versions/1/xml`)).status).toBe(404);
    expect((await t.on('internet').post(`${BASE}/simpleApproval/versions/1/activate`)).status).toBe(404);
    expect(await rowsOf('fromInternet')).toEqual([]);
  });

  it('audits every deploy and activation, without the XML', async () => {
    const key = 'auditedModel';
    await deploy(approvalModel(key));
    await deploy(approvalModel(key));
    await activate(key, 2);
    await deploy(modelWithScriptTask(key)); // refused: no version, no record

    const deployed = await auditOf('workflow.definition.deployed', `${key}:v1`);
    expect(deployed).toHaveLength(1);
    expect(deployed[0]).toMatchObject({ targetType: 'workflow-definition', actorName: 'wfadmin', outcome: 'success' });
    const detail = JSON.parse(deployed[0].detail!);
    expect(detail).toMatchObject({ processKey: key, version: 1, active: true });
    expect(detail.xmlSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(deployed[0].detail).not.toContain('<bpmn');
    expect(await auditOf('workflow.definition.deployed', `${key}:v2`)).toHaveLength(1);
    expect(await auditOf('workflow.definition.deployed', `${key}:v3`)).toHaveLength(0);

    const firstActivation = await auditOf('workflow.definition.activated', `${key}:v1`);
    expect(JSON.parse(firstActivation[0].detail!)).toMatchObject({
      reason: 'first-version',
      previousActiveVersion: null,
    });
    const activation = await auditOf('workflow.definition.activated', `${key}:v2`);
    expect(activation).toHaveLength(1);
    expect(JSON.parse(activation[0].detail!)).toMatchObject({
      version: 2,
      previousActiveVersion: 1,
      reason: 'requested',
    });

    // Every stored version has exactly one deploy record.
    const versions = await t.dataSource.getRepository(WorkflowDefinition).find();
    const records = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { action: 'workflow.definition.deployed' } });
    expect(records.map((r) => r.targetId).sort()).toEqual(versions.map((v) => `${v.processKey}:v${v.version}`).sort());
  });

  it('gives two concurrent deploys of the same key versions 1 and 2', async () => {
    const key = 'raceModel';
    const results = await Promise.all([deploy(approvalModel(key)), deploy(approvalModel(key))]);
    expect(results.map((r) => r.status)).toEqual([201, 201]);
    expect(results.map((r) => r.body.version).sort()).toEqual([1, 2]);
    const rows = await rowsOf(key);
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
    expect(rows.filter((r) => r.active).map((r) => r.version)).toEqual([1]);
  });

  it('keeps versions unique when two API processes deploy the same key at once', async () => {
    const second = await startTestApp({ database: t.database });
    try {
      const key = 'twoProcessRace';
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          (i % 2 ? t : second)
            .on('lgwan')
            .post(BASE)
            .set('Authorization', `Bearer ${admin}`)
            .set('Content-Type', 'application/xml')
            .send(approvalModel(key)),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
      expect(results.map((r) => r.body.version).sort()).toEqual([1, 2, 3, 4, 5, 6]);
      const rows = await rowsOf(key);
      expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(rows.filter((r) => r.active)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  describe('the BPMN MIWG reference models', () => {
    const files = fs
      .readdirSync(MIWG_DIR)
      .filter((f) => f.endsWith('.bpmn'))
      .sort();

    it('are all there', () => expect(files).toHaveLength(21));

    it.each(files)('%s deploys (201) or is refused with precise problems (422), never 500', async (file) => {
      const res = await deploy(fs.readFileSync(path.join(MIWG_DIR, file), 'utf8'));
      expect([201, 422]).toContain(res.status);
      if (res.status === 201) {
        expect(res.body.version).toBeGreaterThanOrEqual(1);
      } else {
        expect(Array.isArray(res.body.errors)).toBe(true);
        expect(res.body.errors.length).toBeGreaterThan(0);
        for (const e of res.body.errors as ErrorItem[]) {
          expect(e).toHaveProperty('elementId');
          expect(e.message.length).toBeGreaterThan(0);
        }
      }
    });
  });
});
