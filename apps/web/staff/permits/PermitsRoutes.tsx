import { PageTitle } from '../../shared/components';
import { matchPath } from '../../shared/router';
import '../../portal/permits/permits.css';
import { CounterEntryPage } from './CounterEntryPage';
import { ImportPage } from './ImportPage';
import { IntakePage } from './IntakePage';
import { PermitCasePage } from './PermitCasePage';

/** The permits screens, routed below their module's base path. */
export default function PermitsRoutes({ pathname }: { pathname: string }) {
  if (pathname === '/staff/permits' || pathname === '/staff/permits/') return <IntakePage />;
  if (pathname === '/staff/permits/new') return <CounterEntryPage />;
  if (pathname === '/staff/permits/import') return <ImportPage />;
  const m = matchPath('/staff/permits/applications/:id', pathname);
  if (m) return <PermitCasePage id={Number(m.id)} />;
  return <PageTitle title="ページが見つかりません">ページが見つかりません: {pathname}</PageTitle>;
}
