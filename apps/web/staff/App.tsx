import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Loading, PageTitle } from '../shared/components';
import { matchPath, navigate, useLocation } from '../shared/router';
import { Layout } from './Layout';
import { LOGIN_PATH, useSession } from './session';
import { LoginPage } from './pages/LoginPage';
import { InboxPage } from './pages/InboxPage';
import { TaskPage } from './pages/TaskPage';
import { MyRequestsPage } from './pages/MyRequestsPage';
import { CasePage } from './pages/CasePage';
import { CataloguePage } from './pages/CataloguePage';
import { NewRequestPage } from './pages/NewRequestPage';
import { FormRequestPage } from './pages/FormRequestPage';
import { MfaEnrolmentPage } from './pages/MfaEnrolmentPage';
import { moduleFor } from './modules';

// Administration (and bpmn-js with it) is fetched only when an admin opens it.
const AdminRoutes = lazy(() => import('./admin/AdminRoutes'));

function RequireLogin({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const { pathname, search } = useLocation();
  useEffect(() => {
    if (me === null) {
      const next = pathname + (search.size > 0 ? `?${search.toString()}` : '');
      navigate(`${LOGIN_PATH}?next=${encodeURIComponent(next)}`, { replace: true });
    }
  }, [me, pathname, search]);
  // The screen starts loading while the session check runs: one round trip fewer before the
  // inbox shows; if the session is gone, the screen's own call answers 401 and leads to login.
  if (me === null) return <Loading />;
  if (me?.mfaEnrolmentRequired) return <MfaEnrolmentPage />;
  return <>{children}</>;
}

function route(pathname: string): ReactNode {
  if (pathname === '/staff' || pathname === '/staff/') return <InboxPage />;
  let m = matchPath('/staff/tasks/:id', pathname);
  if (m) return <TaskPage id={Number(m.id)} />;
  if (matchPath('/staff/requests', pathname)) return <MyRequestsPage />;
  m = matchPath('/staff/cases/:id', pathname);
  if (m) return <CasePage id={Number(m.id)} />;
  if (matchPath('/staff/new', pathname)) return <CataloguePage />;
  m = matchPath('/staff/new/form/:formKey', pathname);
  if (m) return <FormRequestPage formKey={m.formKey} />;
  m = matchPath('/staff/new/:processKey', pathname);
  if (m) return <NewRequestPage processKey={m.processKey} />;
  const module = moduleFor(pathname);
  if (module) {
    return (
      <Suspense fallback={<Loading />}>
        <module.Routes pathname={pathname} />
      </Suspense>
    );
  }
  if (pathname.startsWith('/staff/admin')) {
    return (
      <Suspense fallback={<Loading />}>
        <AdminRoutes pathname={pathname} />
      </Suspense>
    );
  }
  return <PageTitle title="ページが見つかりません">ページが見つかりません</PageTitle>;
}

export function App() {
  const { pathname } = useLocation();
  if (pathname === LOGIN_PATH) {
    return (
      <Layout>
        <LoginPage />
      </Layout>
    );
  }
  return (
    <Layout>
      <RequireLogin>{route(pathname)}</RequireLogin>
    </Layout>
  );
}
