import { IsNull, type DataSource } from 'typeorm';
import { AuditTrail, newAccount, passwordHasher, UserAccount, UserRole, type Role } from '@ringi/auth';
import {
  ATTENDANCE_PROCESSES,
  DEMO_ACCOUNT_EMPLOYEE_NOS,
  DEMO_ATTENDANCE,
  DEMO_ORGANISATION,
  jstDateOf,
  OrgUnit,
  seedAttendance,
  seedOrganisation,
  Staff,
} from '@ringi/hr';
import { SystemClock, Transactions } from '@ringi/platform';
import fs from 'node:fs';
import { DEMO_FINANCE, FINANCE_DELEGATION_RULES, seedFinance } from '@ringi/finance';
import { DEMO_FILE_PLAN, seedFilePlan } from '@ringi/documents';
import { seedPermitDemo } from '@ringi/permits';
import {
  DEMO_DELEGATION_RULES,
  DelegationTable,
  seedExampleForms,
  validateDefinition,
  WorkflowDefinition,
} from '@ringi/workflow';

/** Demo seed only: every named demo account has this password (see README). */
export const DEMO_PASSWORD = 'Demo-pass-2026';
/** Demo seed only: the TOTP secret of `admin`, printed in the README. */
export const DEMO_ADMIN_TOTP_SECRET = 'RINGIDEMOADMINTOTPSECRET234567AB';

interface DemoAccount {
  username: string;
  displayName?: string;
  roles: Array<{ role: Role; scopeUnitCode?: string }>;
  totpSecret?: string;
}

const NAMED_STAFF_ACCOUNTS: DemoAccount[] = [
  { username: 'staff1', roles: [] },
  { username: 'kakaricho1', roles: [] },
  { username: 'kacho1', roles: [] },
  { username: 'bucho1', roles: [] },
  { username: 'fukushicho', roles: [] },
  { username: 'shicho', roles: [] },
  { username: 'permit1', roles: [{ role: 'permit-clerk', scopeUnitCode: 'doro-ka' }] },
  {
    username: 'doro-kacho',
    roles: [
      { role: 'permit-clerk', scopeUnitCode: 'doro-ka' },
      { role: 'permit-admin', scopeUnitCode: 'doro-ka' },
    ],
  },
  // kaikei1 also holds the 財政課's budget role, so one demo account shows budget lines, 補正 and 流用 decisions.
  { username: 'kaikei1', roles: [{ role: 'accounting-examiner' }, { role: 'budget-officer' }] },
  { username: 'jinji1', roles: [{ role: 'hr' }] },
];

const SYSTEM_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    displayName: 'システム管理者',
    roles: [{ role: 'system-admin' }, { role: 'workflow-admin' }],
    totpSecret: DEMO_ADMIN_TOTP_SECRET,
  },
  { username: 'auditor', displayName: '監査担当', roles: [{ role: 'auditor' }] },
];

/**
 * Workflows every demo city starts with (seeds/bpmn): 文書の起案・決裁, 汎用申請, 支出の伺い (専決), and finance's
 * 支出負担行為, 支出命令 (会計室審査) and 予算流用, which libs/finance starts.
 */
const SEEDED_WORKFLOWS = [
  'document-approval',
  'generic-request',
  'purchase-approval',
  'commitment-approval',
  'payment-order',
  'budget-transfer',
  // Attendance (libs/hr): 打刻修正, 休暇申請, 月次承認 and the approval of an overtime limit excess.
  ...Object.values(ATTENDANCE_PROCESSES),
  // Permits (libs/permits): online 道路占用許可 applications.
  'road-occupancy-permit',
];

export interface SeedSummary {
  units: number;
  staff: number;
  accounts: number;
  created: number;
}

/**
 * Loads the fictional city みなと市: organisation, staff, postings, deputies, demo accounts and
 * the applicant みなとガス. Idempotent: running it again adds nothing and changes no password.
 */
export async function seedDemoCity(dataSource: DataSource): Promise<SeedSummary> {
  const transactions = new Transactions(dataSource);
  const passwordHash = await passwordHasher.hash(DEMO_PASSWORD);
  return transactions.run(async (em) => {
    await seedOrganisation(em, DEMO_ORGANISATION);
    const units = await em.find(OrgUnit);
    const unitIdByCode = new Map(units.map((u) => [u.code, u.id]));
    const staff = await em.find(Staff);
    const staffByEmployeeNo = new Map(staff.map((s) => [s.employeeNo, s]));
    let created = 0;

    const ensure = async (spec: DemoAccount, fields: Partial<UserAccount> & Pick<UserAccount, 'displayName'>) => {
      const username = spec.username.toLowerCase();
      let account = await em.findOneBy(UserAccount, { username });
      if (!account) {
        account = em.create(UserAccount, newAccount({ ...fields, username }, new Date()));
        await em.insert(UserAccount, account);
        created += 1;
      }
      for (const grant of spec.roles) {
        const scopeUnitId = grant.scopeUnitCode ? (unitIdByCode.get(grant.scopeUnitCode) ?? null) : null;
        const exists = await em.findOneBy(UserRole, {
          userId: account.id,
          role: grant.role,
          scopeUnitId: scopeUnitId ?? IsNull(),
        });
        if (!exists) await em.insert(UserRole, { userId: account.id, role: grant.role, scopeUnitId });
      }
      return account;
    };

    for (const spec of SYSTEM_ACCOUNTS) {
      await ensure(spec, {
        displayName: spec.displayName!,
        passwordHash,
        totpSecret: spec.totpSecret ?? null,
        mfaEnabled: Boolean(spec.totpSecret),
      });
    }
    for (const spec of NAMED_STAFF_ACCOUNTS) {
      const person = staffByEmployeeNo.get(DEMO_ACCOUNT_EMPLOYEE_NOS[spec.username]);
      if (!person) throw new Error(`demo staff for ${spec.username} is missing from the organisation seed`);
      await ensure(spec, { displayName: displayName(person), staffId: person.id, email: person.email, passwordHash });
    }
    const named = new Set(Object.values(DEMO_ACCOUNT_EMPLOYEE_NOS));
    for (const person of staff) {
      if (named.has(person.employeeNo)) continue;
      await ensure(
        { username: `s${person.employeeNo}`.toLowerCase(), roles: [] },
        { displayName: displayName(person), staffId: person.id, email: person.email, passwordHash: null },
      );
    }
    await ensure(
      { username: 'gas@example.jp', roles: [] },
      {
        kind: 'applicant',
        displayName: 'みなとガス株式会社 道路占用担当',
        organisationName: 'みなとガス株式会社',
        email: 'gas@example.jp',
        passwordHash,
        emailVerifiedAt: new Date(),
      },
    );
    if (!(await em.existsBy(DelegationTable, { tableKey: 'standard' }))) {
      await em.insert(DelegationTable, {
        tableKey: 'standard',
        version: 1,
        name: 'みなと市事務決裁規程 別表（専決区分）',
        // Finance adds its own kinds (人件費) to the common table.
        rules: JSON.stringify([...DEMO_DELEGATION_RULES, ...FINANCE_DELEGATION_RULES]),
        active: true,
        createdByUserId: null,
        createdAt: new Date(),
      });
    }
    for (const name of SEEDED_WORKFLOWS) {
      const xml = fs.readFileSync(new URL(`./bpmn/${name}.bpmn`, import.meta.url), 'utf8');
      const definition = await validateDefinition(xml);
      if (!definition.ok) throw new Error(`seeded workflow ${name} is invalid: ${JSON.stringify(definition.problems)}`);
      if (await em.existsBy(WorkflowDefinition, { processKey: definition.processKey })) continue;
      await em.insert(WorkflowDefinition, {
        processKey: definition.processKey,
        version: 1,
        name: definition.processName,
        xml,
        serializedContext: definition.serializedContext,
        userTasks: JSON.stringify(definition.userTasks),
        active: true,
        deployedByUserId: null,
        deployedAt: new Date(),
      });
    }
    // A form without code (備品購入依頼) on 汎用申請's route, for the catalogue.
    await seedExampleForms(em);
    // Finance: 総務課's budget lines of 令和8年度 and a few payees.
    await seedFinance(em, DEMO_FINANCE);
    // Attendance: patterns, profiles and IC cards, a 他律的業務 section, a few punches of staff1; staff1 is
    // 総務課's 庶務担当 (proxy entry), and an IC-card reader account clocks by card.
    await seedAttendance(em, DEMO_ATTENDANCE, jstDateOf(new Date()));
    // staff1's account exists by now, so only the grant is added.
    await ensure(
      { username: 'staff1', roles: [{ role: 'attendance-clerk', scopeUnitCode: 'soumu-ka' }] },
      {
        displayName: 'staff1',
      },
    );
    await ensure(
      { username: 'card-reader-1', roles: [{ role: 'attendance-terminal' }] },
      { displayName: 'ICカード打刻端末（本庁舎1階）', passwordHash },
    );
    // Documents: the ファイル基準表 (excerpt); staff1 of 総務課 keeps it as 文書主管 (records officer).
    await seedFilePlan(em, DEMO_FILE_PLAN);
    await ensure({ username: 'staff1', roles: [{ role: 'records-officer' }] }, { displayName: 'staff1' });
    // Permits: the 占用料 table of the demo ordinance, its 級地 areas and the 占用物件 categories.
    await seedPermitDemo(em);
    await new AuditTrail(dataSource, transactions, new SystemClock()).record({
      action: 'seed.demo-city',
      actor: { userId: null, name: 'system' },
      capacity: 'system',
      detail: { created },
    });
    return { units: units.length, staff: staff.length, accounts: await em.count(UserAccount), created };
  });
}

function displayName(person: Staff): string {
  return `${person.familyName} ${person.givenName}`;
}
