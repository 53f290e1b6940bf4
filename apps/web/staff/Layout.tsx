import type { ReactNode } from 'react';
import { Link, useLocation } from '../shared/router';
import { servedSurfaces, useSession } from './session';
import { STAFF_MODULES } from './modules';

function NavLink({ href, children, exact = false }: { href: string; children: ReactNode; exact?: boolean }) {
  const { pathname } = useLocation();
  const active = exact ? pathname === href : pathname.startsWith(href);
  return (
    <li>
      <Link href={href} aria-current={active ? 'page' : undefined}>
        {children}
      </Link>
    </li>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { me, logout } = useSession();
  const adminServed = servedSurfaces().includes('admin');
  const isWorkflowAdmin = me?.permissions.includes('workflow.admin') && adminServed;
  const isUserAdmin = me?.permissions.includes('user.manage') && adminServed;
  const isOrgAdmin = me?.permissions.includes('org.manage') && adminServed;
  return (
    <>
      <a className="skip-link" href="#main">
        本文へ移動
      </a>
      <header className="header">
        <Link href="/staff/" className="header__brand">
          ringi
        </Link>
        <span className="header__zone">みなと市 職員ポータル</span>
        {me && !me.mfaEnrolmentRequired && (
          <nav aria-label="メインメニュー">
            <ul className="nav">
              <NavLink href="/staff/" exact>
                受信箱
              </NavLink>
              <NavLink href="/staff/requests">自分の申請</NavLink>
              <NavLink href="/staff/new">新規申請</NavLink>
              {STAFF_MODULES.filter((m) => !m.permission || me.permissions.includes(m.permission)).map((m) => (
                <NavLink key={m.base} href={m.base}>
                  {m.label}
                </NavLink>
              ))}
              {isWorkflowAdmin && (
                <NavLink href="/staff/admin" exact>
                  ワークフロー管理
                </NavLink>
              )}
              {isOrgAdmin && <NavLink href="/staff/admin/org">組織管理</NavLink>}
              {isUserAdmin && <NavLink href="/staff/admin/users">利用者管理</NavLink>}
            </ul>
          </nav>
        )}
        {me && (
          <div className="header__user">
            <span>{me.displayName} さん</span>
            <button type="button" className="button button--text" onClick={() => void logout()}>
              ログアウト
            </button>
          </div>
        )}
      </header>
      <main id="main">{children}</main>
    </>
  );
}
