import type { UserAccount } from './user-account.entity';

export type NewAccount = Omit<UserAccount, 'id'>;

/**
 * A fresh account: active, no password, no MFA, nothing counted or locked yet. Every place that
 * creates accounts (admin API, seed, tests) starts from here and sets only what differs.
 */
export function newAccount(
  fields: Pick<UserAccount, 'username' | 'displayName'> & Partial<NewAccount>,
  createdAt: Date,
): NewAccount {
  return {
    kind: 'staff',
    email: null,
    organisationName: null,
    passwordHash: null,
    staffId: null,
    active: true,
    failedLoginCount: 0,
    lockedUntil: null,
    passwordChangedAt: null,
    totpSecret: null,
    totpPendingSecret: null,
    totpLastStep: null,
    mfaEnabled: false,
    emailVerifiedAt: null,
    lastLoginAt: null,
    createdAt,
    ...fields,
  };
}
