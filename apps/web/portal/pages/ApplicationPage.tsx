import { DateText, Loading, Notice, PageTitle } from '../../shared/components';
import { Link, useLocation } from '../../shared/router';
import { useApi } from '../../staff/useApi';
import { ApplicationSummary } from '../permits/ApplicationSummary';
import { AttachmentList } from '../permits/AttachmentList';
import { AttachmentUpload } from '../permits/AttachmentUpload';
import { BillsSection } from '../permits/BillsSection';
import { MessagesSection } from '../permits/MessagesSection';
import { PermitLifecycle } from '../permits/PermitLifecycle';
import { PermitSection } from '../permits/PermitSection';
import { Timeline } from '../permits/Timeline';
import { useFeeAreas } from '../permits/fee-areas';
import { STATUS_LABELS } from '../permits/labels';
import '../permits/permits.css';
import type { ApplicationDetail, OccupancyCategory } from '../permits/types';
import type { SubmittedState } from './ApplyPage';

/** One of the applicant's applications: where it stands, what is asked of them, the fee and the permit. */
export function ApplicationPage({ id }: { id: number }) {
  const { state } = useLocation();
  const submitted = (state as SubmittedState | null)?.submitted ? (state as SubmittedState) : null;
  const application = useApi<ApplicationDetail>(`/api/portal/permits/applications/${id}`);
  const categories = useApi<OccupancyCategory[]>('/api/portal/permits/categories');
  const areas = useFeeAreas();

  if (application.error) return <Notice kind="error">{application.error}</Notice>;
  if (!application.data) return <Loading />;
  const a = application.data;
  const category = categories.data?.find((c) => c.code === a.categoryCode);
  const correction =
    a.stage === 'correctionRequested' ? a.timeline.findLast((e) => e.stage === 'correctionRequested') : undefined;
  const reload = () => void application.reload();

  return (
    <>
      <PageTitle title={`申請の詳細（申請番号 ${a.id}）`}>{category?.name ?? a.categoryCode}の占用許可申請</PageTitle>
      {submitted && <Notice kind="success">申請を受け付けました。審査の状況はこのページでお知らせします。</Notice>}
      {correction && (
        <Notice kind="info">
          <strong>補正のお願い</strong>
          <p className="timeline__message">{correction.message}</p>
          <Link href={`/portal/applications/${a.id}/correct`} className="button">
            申請内容を補正する
          </Link>
        </Notice>
      )}
      <dl className="summary">
        <dt>申請番号</dt>
        <dd>{a.id}</dd>
        <dt>状況</dt>
        <dd data-testid="application-status">{STATUS_LABELS[a.status] ?? a.status}</dd>
        <dt>申請日時</dt>
        <dd>
          <DateText value={a.submittedAt} withTime />
        </dd>
        <PermitLifecycle application={a} />
      </dl>
      {a.permitNumber && a.verificationCode && (
        <PermitSection
          applicationId={a.id}
          permitNumber={a.permitNumber}
          verificationCode={a.verificationCode}
          conditions={a.conditions}
        />
      )}
      <BillsSection quotedFeeYen={a.quotedFeeYen} bills={a.bills} applicationId={a.id} />
      <Timeline entries={a.timeline} stage={a.stage} />
      <MessagesSection basePath={`/api/portal/permits/applications/${a.id}`} writeLabel="道路管理課へのお問い合わせ" />
      <section aria-labelledby="attachments-heading">
        <h2 id="attachments-heading">添付書類</h2>
        <AttachmentList
          attachments={a.attachments}
          hrefOf={(f) => `/api/portal/permits/applications/${a.id}/attachments/${f.id}`}
        />
        {a.status === 'reviewing' &&
          a.missingAttachments.map((kind) => (
            <AttachmentUpload
              key={kind}
              applicationId={a.id}
              kind={kind}
              initialError={submitted?.uploadErrors[kind]}
              onUploaded={reload}
            />
          ))}
      </section>
      <section aria-labelledby="content-heading">
        <h2 id="content-heading">申請内容</h2>
        <ApplicationSummary application={a} category={category} areas={areas} />
      </section>
      <p>
        <Link href="/portal/mypage">マイページへ戻る</Link>
      </p>
    </>
  );
}
