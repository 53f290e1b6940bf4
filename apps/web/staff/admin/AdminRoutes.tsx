import { lazy, Suspense } from 'react';
import { Loading, PageTitle } from '../../shared/components';
import { matchPath, useLocation } from '../../shared/router';
import { DefinitionsPage } from './DefinitionsPage';
import { InstancesPage } from './InstancesPage';
import { DelegationTablesPage } from './DelegationTablesPage';
import { UsersPage } from './UsersPage';
import { FormsPage } from './FormsPage';
import { OrgChartPage } from './org/OrgChartPage';
import { StaffPostingsPage } from './org/StaffPostingsPage';
import { DeputiesPage } from './org/DeputiesPage';

// bpmn-js is the heaviest code in ringi: it is fetched only when the modeler opens.
const ModelerPage = lazy(() => import('./ModelerPage'));

/** Workflow administration screens (loaded only for admins, only when opened). */
export default function AdminRoutes({ pathname }: { pathname: string }) {
  const { search } = useLocation();
  if (pathname === '/staff/admin' || pathname === '/staff/admin/') return <DefinitionsPage />;
  if (matchPath('/staff/admin/instances', pathname)) return <InstancesPage />;
  if (matchPath('/staff/admin/delegation-tables', pathname)) return <DelegationTablesPage />;
  if (matchPath('/staff/admin/users', pathname)) return <UsersPage />;
  if (matchPath('/staff/admin/forms', pathname)) return <FormsPage />;
  if (matchPath('/staff/admin/org', pathname)) return <OrgChartPage />;
  if (matchPath('/staff/admin/org/staff', pathname)) return <StaffPostingsPage />;
  if (matchPath('/staff/admin/org/deputies', pathname)) return <DeputiesPage />;
  if (matchPath('/staff/admin/modeler', pathname)) {
    const version = search.get('version');
    return (
      <Suspense fallback={<Loading />}>
        <ModelerPage processKey={search.get('key')} version={version ? Number(version) : null} />
      </Suspense>
    );
  }
  return <PageTitle title="ページが見つかりません">ページが見つかりません</PageTitle>;
}
