import type { ReactNode } from 'react';
import { PageTitle } from '../../shared/components';
import { Link, matchPath, useLocation } from '../../shared/router';
import { useSession } from '../session';
import { DisposalPage } from './DisposalPage';
import { DocumentPage } from './DocumentPage';
import { DraftPage } from './DraftPage';
import { DraftsPage } from './DraftsPage';
import { FilePlanPage } from './FilePlanPage';
import { ReceivePage } from './ReceivePage';
import { RetentionPage } from './RetentionPage';
import { SearchPage } from './SearchPage';
import { TemplatesPage } from './TemplatesPage';
import { VerifySignaturePage } from './VerifySignaturePage';
import './documents.css';

const BASE = '/staff/documents';

interface Entry {
  href: string;
  label: string;
  /** Only the records section (文書主管) maintains the file plan and runs retention. */
  records?: boolean;
  /** Only those who draft (documents.use) keep 文例, as the API requires. */
  drafting?: boolean;
}

const MENU: Entry[] = [
  { href: BASE, label: '起案一覧' },
  { href: `${BASE}/new`, label: '起案する' },
  { href: `${BASE}/received/new`, label: '収受' },
  { href: `${BASE}/search`, label: '文書検索' },
  { href: `${BASE}/verify-signature`, label: '署名検証' },
  { href: `${BASE}/templates`, label: '文例', drafting: true },
  { href: `${BASE}/file-plan`, label: 'ファイル基準表', records: true },
  { href: `${BASE}/retention`, label: '保存期間満了', records: true },
];

function DocumentsMenu({ pathname }: { pathname: string }) {
  const { me } = useSession();
  const records = me?.permissions.includes('documents.records') ?? false;
  const drafting = me?.permissions.includes('documents.use') ?? false;
  return (
    <nav aria-label="文書管理メニュー">
      <ul className="docs-subnav">
        {MENU.filter((e) => (!e.records || records) && (!e.drafting || drafting)).map((e) => (
          <li key={e.href}>
            <Link href={e.href} aria-current={pathname === e.href ? 'page' : undefined}>
              {e.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function screen(pathname: string, search: URLSearchParams): ReactNode {
  const path = pathname.replace(/\/$/, '');
  if (path === BASE) return <DraftsPage />;
  if (path === `${BASE}/new`)
    return (
      <DraftPage
        answers={Number(search.get('answers')) || undefined}
        template={Number(search.get('template')) || undefined}
      />
    );
  if (path === `${BASE}/templates`) return <TemplatesPage />;
  if (path === `${BASE}/received/new`) return <ReceivePage />;
  if (path === `${BASE}/search`) return <SearchPage key={search.toString()} />;
  if (path === `${BASE}/verify-signature`) return <VerifySignaturePage />;
  if (path === `${BASE}/file-plan`) return <FilePlanPage />;
  if (path === `${BASE}/retention`) return <RetentionPage />;
  let m = matchPath(`${BASE}/disposals/:id`, path);
  if (m) return <DisposalPage id={Number(m.id)} />;
  m = matchPath(`${BASE}/:id/edit`, path);
  if (m && /^\d+$/.test(m.id)) return <DraftPage key={m.id} id={Number(m.id)} />;
  m = matchPath(`${BASE}/:id`, path);
  if (m && /^\d+$/.test(m.id)) return <DocumentPage key={m.id} id={Number(m.id)} />;
  return <PageTitle title="ページが見つかりません">ページが見つかりません</PageTitle>;
}

/** The documents screens, routed below their module's base path. */
export default function DocumentsRoutes({ pathname }: { pathname: string }) {
  const { search } = useLocation();
  return (
    <>
      <DocumentsMenu pathname={pathname.replace(/\/$/, '')} />
      {screen(pathname, search)}
    </>
  );
}
