import { PageTitle } from '../../shared/components';
import { matchPath } from '../../shared/router';
import { CasePage } from './CasePage';
import { HrClosingPage } from './HrClosingPage';
import { LeavePage } from './LeavePage';
import { OvertimePage } from './OvertimePage';
import { ProxyPage } from './ProxyPage';
import { TodayPage } from './TodayPage';
import './attendance.css';

/** The attendance screens, routed below their module's base path (the workflow's business links point here). */
export default function AttendanceRoutes({ pathname }: { pathname: string }) {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/staff/attendance') return <TodayPage />;
  if (path === '/staff/attendance/leave') return <LeavePage />;
  if (path === '/staff/attendance/overtime') return <OvertimePage />;
  if (path === '/staff/attendance/proxy') return <ProxyPage />;
  if (path === '/staff/attendance/hr') return <HrClosingPage />;
  const found = matchPath('/staff/attendance/:process/:id', path);
  if (found && /^\d+$/.test(found.id)) {
    return <CasePage key={path} process={found.process} id={Number(found.id)} />;
  }
  return <PageTitle title="ページが見つかりません">ページが見つかりません: {pathname}</PageTitle>;
}
