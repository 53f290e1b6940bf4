import { useEffect } from 'react';
import { DateText, Loading, Notice, PageTitle } from '../../shared/components';
import { Link, navigate } from '../../shared/router';
import { useApi } from '../../staff/useApi';
import { KIND_LABELS, STAGE_LABELS, yen } from '../permits/labels';
import type { ApplicationView, OccupancyCategory } from '../permits/types';

export interface PortalAccount {
  id: number;
  email: string | null;
  displayName: string;
  organisationName: string | null;
  emailVerified: boolean;
}

/** The applicant's own page: who they are and their road-occupancy applications. */
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
      <p>
        <Link href="/portal/apply" className="button">
          道路占用許可を申請する
        </Link>
      </p>
      <MyApplications />
      <p>
        <Link href="/portal/">トップへ戻る</Link>
      </p>
    </>
  );
}

function MyApplications() {
  const applications = useApi<ApplicationView[]>('/api/portal/permits/applications');
  const categories = useApi<OccupancyCategory[]>('/api/portal/permits/categories');
  if (applications.error) return <Notice kind="error">{applications.error}</Notice>;
  if (!applications.data) return <Loading />;
  if (applications.data.length === 0) return <p data-testid="no-applications">申請はまだありません。</p>;
  const nameOf = (code: string) => categories.data?.find((c) => c.code === code)?.name ?? code;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">申請</th>
            <th scope="col">場所</th>
            <th scope="col">状況</th>
            <th scope="col">占用料（試算）</th>
            <th scope="col">申請日</th>
          </tr>
        </thead>
        <tbody>
          {applications.data.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={`/portal/applications/${a.id}`}>
                  {nameOf(a.categoryCode)}（{KIND_LABELS[a.kind]}）
                </Link>
                <br />
                <small>申請番号 {a.id}</small>
              </td>
              <td>{a.address}</td>
              <td>
                {STAGE_LABELS[a.stage] ?? a.stage}
                {a.permitNumber && <small>（{a.permitNumber}）</small>}
              </td>
              <td>{yen(a.quotedFeeYen)}</td>
              <td>
                <DateText value={a.submittedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
