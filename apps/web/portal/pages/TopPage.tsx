import { PageTitle } from '../../shared/components';
import { Link } from '../../shared/router';

export function TopPage({ loggedIn }: { loggedIn: boolean }) {
  return (
    <>
      <PageTitle title="みなと市 電子申請">みなと市 電子申請</PageTitle>
      <p>道路占用許可などの申請を、窓口に来ずにオンラインで行えます。</p>
      <div className="actions">
        {loggedIn ? (
          <Link href="/portal/mypage" className="button">
            マイページへ
          </Link>
        ) : (
          <>
            <Link href="/portal/login" className="button">
              ログイン
            </Link>
            <Link href="/portal/register" className="button button--secondary">
              はじめての方（利用者登録）
            </Link>
          </>
        )}
      </div>
      <p>
        <Link href="/portal/verify">道路占用許可書の真偽を確認する（確認コード）</Link>
      </p>
    </>
  );
}
