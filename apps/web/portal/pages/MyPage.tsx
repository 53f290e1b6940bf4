import { useEffect } from 'react';
import { PageTitle } from '../../shared/components';
import { Link, navigate } from '../../shared/router';

export interface PortalAccount {
  id: number;
  email: string | null;
  displayName: string;
  organisationName: string | null;
  emailVerified: boolean;
}

/** The applicant's own page; the road-occupancy screens will list their applications here. */
export function MyPage({ account }: { account: PortalAccount | null }) {
  useEffect(() => {
    if (account === null) navigate('/portal/login', { replace: true });
  }, [account]);
  if (!account) return null;
  return (
    <>
      <PageTitle title="マイページ">マイページ</PageTitle>
      <dl className="summary">
        <dt>氏名</dt>
        <dd>{account.displayName}</dd>
        {account.organisationName && (
          <>
            <dt>法人・団体名</dt>
            <dd>{account.organisationName}</dd>
          </>
        )}
        <dt>メールアドレス</dt>
        <dd>{account.email}</dd>
      </dl>
      <h2>申請一覧</h2>
      <p data-testid="no-applications">申請はまだありません。</p>
      <p>
        <Link href="/portal/">トップへ戻る</Link>
      </p>
    </>
  );
}
