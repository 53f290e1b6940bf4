import { Notice, PageTitle } from '../../shared/components';
import { matchPath } from '../../shared/router';
import { useSession } from '../session';
import '../../portal/permits/permits.css';
import { CounterEntryPage } from './CounterEntryPage';
import { ImportPage } from './ImportPage';
import { IntakePage } from './IntakePage';
import { PermitCasePage } from './PermitCasePage';

/** The permits screens, routed below their module's base path. */
export default function PermitsRoutes({ pathname }: { pathname: string }) {
  const { me } = useSession();
  const admin = me?.permissions.includes('permit.admin') ?? false;
  if (pathname === '/staff/permits' || pathname === '/staff/permits/') return <IntakePage admin={admin} />;
  if (pathname === '/staff/permits/new') return <CounterEntryPage />;
  if (pathname === '/staff/permits/import') {
    if (admin) return <ImportPage />;
    return (
      <>
        <PageTitle title="過去の許可の取込">過去の許可の取込</PageTitle>
        <Notice kind="error">過去の許可の取込は占用管理者だけが行えます。</Notice>
      </>
    );
  }
  const m = matchPath('/staff/permits/applications/:id', pathname);
  if (m) return <PermitCasePage id={Number(m.id)} />;
  return <PageTitle title="ページが見つかりません">ページが見つかりません: {pathname}</PageTitle>;
}
