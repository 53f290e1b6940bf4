/** What a principal may do. Routes ask for permissions, never for roles. */
export const PERMISSIONS = [
  'self.manage', // own profile, password, sessions and MFA enrolment
  'workflow.use', // inbox, start instances, act on tasks
  'workflow.admin', // BPMN definitions, delegated-authority tables, instance monitor
  'org.read', // organisation chart, postings
  'org.manage', // units, postings, absences, deputies
  'user.manage', // accounts, roles, unlock, revoke sessions
  'audit.read', // audit trail, verification, export
  'permit.process', // road-occupancy clerk work
  'permit.admin', // road-occupancy master data: categories, fee tables, 級地 areas, import of historic permits
  'documents.use', // 起案 and 収受: drafting, attachments, sending on the route, 施行
  'documents.read', // search and read documents (非公開 ones where the section or the route allows)
  'documents.audit', // read every document, 非公開 included
  'documents.records', // records section: file plan, retention run, disposal, numbering setting
  'finance.use', // budget balances, payees, commitments, payment orders and finance reports
  'finance.budget', // budget lines, 当初予算 and 補正, 財政課's check of 流用
  'finance.examine', // 会計室 examination of payment orders
  'hr.manage', // attendance closing and HR records
  'attendance.use', // own clocking, leave, overtime and month (庶務事務)
  'attendance.proxy', // 庶務担当: clock entries for staff of their section without a terminal
  'attendance.card', // IC-card readers: punches keyed by a registered card id, nothing else of attendance
  'mynumber.read', // 個人番号 of staff (mynumber zone only)
  'portal.use', // applicant portal
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  'staff',
  'manager',
  'permit-clerk',
  'permit-admin',
  'accounting-examiner',
  'budget-officer',
  'hr',
  'attendance-clerk',
  'attendance-terminal',
  'records-officer',
  'workflow-admin',
  'system-admin',
  'auditor',
  'applicant',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  staff: '職員',
  manager: '管理職（役職による）',
  'permit-clerk': '占用担当',
  'permit-admin': '占用管理者',
  'accounting-examiner': '会計審査',
  'budget-officer': '予算担当（財政課）',
  hr: '人事担当',
  'attendance-clerk': '庶務担当（勤怠の代理入力）',
  'attendance-terminal': 'ICカード打刻端末',
  'records-officer': '文書主管（ファイル基準表・廃棄）',
  'workflow-admin': 'ワークフロー管理者',
  'system-admin': 'システム管理者',
  auditor: '監査担当（閲覧のみ）',
  applicant: '申請者',
};

/** The role → permission table. Scoped roles carry their unit subtree with them. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  staff: [
    'self.manage',
    'workflow.use',
    'org.read',
    'attendance.use',
    'finance.use',
    'documents.use',
    'documents.read',
  ],
  manager: [
    'self.manage',
    'workflow.use',
    'org.read',
    'attendance.use',
    'finance.use',
    'documents.use',
    'documents.read',
  ],
  'permit-clerk': ['self.manage', 'workflow.use', 'org.read', 'permit.process'],
  'permit-admin': ['self.manage', 'workflow.use', 'org.read', 'permit.process', 'permit.admin'],
  'accounting-examiner': ['self.manage', 'workflow.use', 'org.read', 'finance.use', 'finance.examine'],
  'budget-officer': ['self.manage', 'workflow.use', 'org.read', 'finance.use', 'finance.budget'],
  hr: ['self.manage', 'workflow.use', 'org.read', 'org.manage', 'hr.manage', 'mynumber.read'],
  'attendance-clerk': ['self.manage', 'workflow.use', 'org.read', 'attendance.use', 'attendance.proxy'],
  'attendance-terminal': ['attendance.card'],
  'records-officer': [
    'self.manage',
    'workflow.use',
    'org.read',
    'documents.use',
    'documents.read',
    'documents.records',
  ],
  'workflow-admin': ['self.manage', 'workflow.use', 'org.read', 'workflow.admin'],
  'system-admin': ['self.manage', 'org.read', 'org.manage', 'user.manage'],
  auditor: ['self.manage', 'audit.read', 'org.read', 'documents.read', 'documents.audit'],
  applicant: ['self.manage', 'portal.use'],
};

/** Roles whose holders must use two-factor login wherever they log in. */
export const MFA_REQUIRED_ROLES: readonly Role[] = ['system-admin', 'workflow-admin'];

export interface RoleGrant {
  role: Role;
  /** Org unit whose subtree the role covers; null = whole city. */
  scopeUnitId: number | null;
}

export function permissionsOf(grants: readonly RoleGrant[]): Set<Permission> {
  return new Set(grants.flatMap((g) => ROLE_PERMISSIONS[g.role]));
}

/**
 * Whether the grants allow `permission` on something belonging to a unit. A scoped grant covers
 * its unit's subtree, so it applies when its scope is the unit itself or one of its ancestors.
 */
export function permitsInUnit(
  grants: readonly RoleGrant[],
  permission: Permission,
  unitAndAncestorIds: readonly number[],
): boolean {
  return grants.some(
    (g) =>
      ROLE_PERMISSIONS[g.role].includes(permission) &&
      (g.scopeUnitId === null || unitAndAncestorIds.includes(g.scopeUnitId)),
  );
}
