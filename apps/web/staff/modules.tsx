import { lazy, type ComponentType } from 'react';

/**
 * The business modules' screens. Each module owns its folder and its routes under `base`;
 * its code is fetched only when one of its screens opens. `permission` hides the menu entry
 * from staff who could not use it (the API checks again).
 */
export interface StaffModule {
  base: string;
  label: string;
  permission?: string;
  Routes: ComponentType<{ pathname: string }>;
}

export const STAFF_MODULES: readonly StaffModule[] = [
  {
    base: '/staff/documents',
    label: '文書',
    permission: 'documents.read',
    Routes: lazy(() => import('./documents/DocumentsRoutes')),
  },
  {
    base: '/staff/finance',
    label: '財務',
    permission: 'finance.use',
    Routes: lazy(() => import('./finance/FinanceRoutes')),
  },
  {
    base: '/staff/attendance',
    label: '勤怠',
    permission: 'attendance.use',
    Routes: lazy(() => import('./attendance/AttendanceRoutes')),
  },
  {
    base: '/staff/permits',
    label: '道路占用',
    permission: 'permit.process',
    Routes: lazy(() => import('./permits/PermitsRoutes')),
  },
];

export function moduleFor(pathname: string): StaffModule | undefined {
  return STAFF_MODULES.find((m) => pathname === m.base || pathname.startsWith(`${m.base}/`));
}
