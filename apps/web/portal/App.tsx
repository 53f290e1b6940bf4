import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { api, SESSION_EXPIRED_EVENT } from '../shared/api';
import { Loading, PageTitle } from '../shared/components';
import { Link, matchPath, navigate, useLocation } from '../shared/router';
import { ApplicationPage } from './pages/ApplicationPage';
import { ApplyPage } from './pages/ApplyPage';
import { ConfirmPage } from './pages/ConfirmPage';
import { CorrectPage } from './pages/CorrectPage';
import { LoginPage } from './pages/LoginPage';
import { MyPage, type PortalAccount } from './pages/MyPage';
import { RegisterPage } from './pages/RegisterPage';
import { PayPage } from './pages/PayPage';
import { TopPage } from './pages/TopPage';
import { VerifyPage } from './pages/VerifyPage';

/** Screens of a logged-in applicant, by path; null for any other path. */
function applicantPage(pathname: string): ReactNode {
  if (pathname === '/portal/apply') return <ApplyPage />;
  let m = matchPath('/portal/applications/:id', pathname);
  if (m) return <ApplicationPage id={Number(m.id)} />;
  m = matchPath('/portal/applications/:id/correct', pathname);
  if (m) return <CorrectPage id={Number(m.id)} />;
  m = matchPath('/portal/pay/:ref', pathname);
  if (m) return <PayPage checkoutRef={m.ref} />;
  return null;
}

/**
 * The applicant portal: register, confirm the address, log in, my page with the road-occupancy
 * applications, and the public check of a permit's verification code.
 */
export function App() {
  const { pathname } = useLocation();
  const [account, setAccount] = useState<PortalAccount | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setAccount(await api<PortalAccount>('GET', '/api/portal/account', { anonymous: true }));
    } catch {
      setAccount(null);
    }
  }, []);

  useEffect(() => {
    void refresh();
    const expired = (event: Event) => {
      setAccount(null);
      setNotice((event as CustomEvent<string>).detail);
      navigate('/portal/login');
    };
    window.addEventListener(SESSION_EXPIRED_EVENT, expired);
    return () => window.removeEventListener(SESSION_EXPIRED_EVENT, expired);
  }, [refresh]);

  const logout = async () => {
    await api('POST', '/api/auth/logout').catch(() => undefined);
    setAccount(null);
    navigate('/portal/');
  };

  let page: ReactNode;
  const applicant = applicantPage(pathname);
  const verify = pathname === '/portal/verify' ? { code: '' } : matchPath('/portal/verify/:code', pathname);
  if (verify) page = <VerifyPage code={verify.code} />;
  else if (applicant) page = account === undefined ? <Loading /> : account ? applicant : <LoginRedirect />;
  else if (pathname === '/portal' || pathname === '/portal/') page = <TopPage loggedIn={Boolean(account)} />;
  else if (pathname === '/portal/register') page = <RegisterPage />;
  else if (pathname === '/portal/confirm') page = <ConfirmPage />;
  else if (pathname === '/portal/login') page = <LoginPage notice={notice} onLoggedIn={refresh} />;
  else if (pathname === '/portal/mypage') {
    page = account === undefined ? <Loading /> : <MyPage account={account} />;
  } else page = <PageTitle title="ページが見つかりません">ページが見つかりません</PageTitle>;

  return (
    <>
      <a className="skip-link" href="#main">
        本文へ移動
      </a>
      <header className="header">
        <Link href="/portal/" className="header__brand">
          みなと市 電子申請
        </Link>
        <nav aria-label="メインメニュー">
          <ul className="nav">
            {account ? (
              <li>
                <Link href="/portal/mypage">マイページ</Link>
              </li>
            ) : (
              <>
                <li>
                  <Link href="/portal/login">ログイン</Link>
                </li>
                <li>
                  <Link href="/portal/register">利用者登録</Link>
                </li>
              </>
            )}
          </ul>
        </nav>
        {account && (
          <div className="header__user">
            <span>{account.displayName} 様</span>
            <button type="button" className="button button--text" onClick={() => void logout()}>
              ログアウト
            </button>
          </div>
        )}
      </header>
      <main id="main">{page}</main>
    </>
  );
}

function LoginRedirect() {
  useEffect(() => navigate('/portal/login', { replace: true }), []);
  return <Loading />;
}
