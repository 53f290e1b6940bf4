import type { DataSource } from 'typeorm';
import { newAccount, passwordHasher, UserAccount, UserRole, type Role } from '@ringi/auth';
import { DEMO_PASSWORD } from './test-app';

let demoHash: Promise<string> | undefined;

export interface TestAccount {
  username: string;
  kind?: 'staff' | 'applicant';
  roles?: Array<Role | { role: Role; scopeUnitId: number | null }>;
  staffId?: number | null;
  password?: string;
  totpSecret?: string;
}

/** Inserts an account directly, for tests that need a particular user rather than the demo city. */
export async function createAccount(ds: DataSource, spec: TestAccount): Promise<UserAccount> {
  demoHash ??= passwordHasher.hash(DEMO_PASSWORD);
  const passwordHash = spec.password ? await passwordHasher.hash(spec.password) : await demoHash;
  const repo = ds.getRepository(UserAccount);
  const account = repo.create(
    newAccount(
      {
        username: spec.username.toLowerCase(),
        kind: spec.kind ?? 'staff',
        displayName: spec.username,
        email: spec.kind === 'applicant' ? spec.username : null,
        passwordHash,
        staffId: spec.staffId ?? null,
        totpSecret: spec.totpSecret ?? null,
        mfaEnabled: Boolean(spec.totpSecret),
      },
      new Date(),
    ),
  );
  await repo.insert(account);
  for (const r of spec.roles ?? []) {
    const grant = typeof r === 'string' ? { role: r, scopeUnitId: null } : r;
    await ds.getRepository(UserRole).insert({ userId: account.id, ...grant });
  }
  return account;
}
