import { DateText, Loading, Notice, PageTitle } from '../../shared/components';
import { Link } from '../../shared/router';
import { ApplicationSummary } from '../../portal/permits/ApplicationSummary';
import { AttachmentList } from '../../portal/permits/AttachmentList';
import { BillsTable } from '../../portal/permits/BillsTable';
import { FeeBreakdown, FeeQuotePanel, fiscalYearLabel } from '../../portal/permits/FeeBreakdown';
import { MessagesSection } from '../../portal/permits/MessagesSection';
import { Timeline } from '../../portal/permits/Timeline';
import { useFeeAreas } from '../../portal/permits/fee-areas';
import { BILL_STATUS_LABELS, KIND_LABELS, STAGE_LABELS, STATUS_LABELS } from '../../portal/permits/labels';
import { PermitLifecycle } from '../../portal/permits/PermitLifecycle';
import type { ClerkApplicationDetail, OccupancyCategory } from '../../portal/permits/types';
import { RouteView } from '../CaseView';
import type { CaseRoute } from '../types';
import { useApi } from '../useApi';
import { ChecklistSection } from './ChecklistSection';
import { ConditionsSection } from './ConditionsSection';
import { CorrectionRequestForm } from './CorrectionRequestForm';
import { ExemptionSection } from './ExemptionSection';
import { FeeDistrictForm } from './FeeDistrictForm';
import { PoliceResultForm } from './PoliceResultForm';
import { SlipPaymentForm } from './SlipPaymentForm';

/** A clerk's case: the application as the applicant submitted it, its files, fee and timeline, and the review. */
export function PermitCasePage({ id }: { id: number }) {
  const application = useApi<ClerkApplicationDetail>(`/api/permits/applications/${id}`);
  const categories = useApi<OccupancyCategory[]>('/api/portal/permits/categories');
  const instanceId = application.data?.instanceId;
  const route = useApi<CaseRoute>(instanceId ? `/api/web/cases/${instanceId}` : null);
  const areas = useFeeAreas();

  if (application.error) return <Notice kind="error">{application.error}</Notice>;
  if (!application.data) return <Loading />;
  const a = application.data;
  const category = categories.data?.find((c) => c.code === a.categoryCode);
  const reload = () => void Promise.all([application.reload(), route.reload()]);
  const reviewing = a.status === 'reviewing';

  return (
    <>
      <PageTitle title={`道路占用 申請番号 ${a.id}`}>
        申請番号 {a.id}：{category?.name ?? a.categoryCode}（{KIND_LABELS[a.kind]}）
      </PageTitle>
      <dl className="summary">
        <dt>状況</dt>
        <dd data-testid="permit-case-status">{STAGE_LABELS[a.stage] ?? STATUS_LABELS[a.status] ?? a.status}</dd>
        <dt>申請者</dt>
        <dd>
          {a.holderName ?? '—'}
          {a.applicant && `（窓口受付：${a.applicant.address}、${a.applicant.contact}）`}
        </dd>
        <dt>申請日時</dt>
        <dd>
          <DateText value={a.submittedAt} withTime />
        </dd>
        {a.permitNumber && (
          <>
            <dt>許可番号</dt>
            <dd>
              {a.permitNumber}{' '}
              <a href={`/api/permits/applications/${a.id}/permit.pdf`} download>
                許可書（PDF）
              </a>
            </dd>
            <PermitLifecycle application={a} hrefOf={(id) => `/staff/permits/applications/${id}`} />
          </>
        )}
        {a.instanceId && (
          <>
            <dt>ワークフロー</dt>
            <dd>
              <Link href={`/staff/cases/${a.instanceId}`}>案件の詳細を見る</Link>
              {route.data?.openTaskIds.map((taskId) => (
                <span key={taskId}>
                  {' ・ '}
                  <Link href={`/staff/tasks/${taskId}`}>処理中のタスクを開く</Link>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="content-heading">
        <h2 id="content-heading">申請内容</h2>
        <ApplicationSummary application={a} category={category} areas={areas} />
      </section>
      <section aria-labelledby="attachments-heading">
        <h2 id="attachments-heading">添付書類</h2>
        <AttachmentList
          attachments={a.attachments}
          hrefOf={(f) => `/api/permits/applications/${a.id}/attachments/${f.id}`}
        />
        {a.missingAttachments.length > 0 && (
          <Notice kind="info">未提出の書類：{a.missingAttachments.join('・')}</Notice>
        )}
      </section>
      {a.feeBreakdown ? (
        <section aria-labelledby="fee-heading">
          <h2 id="fee-heading">占用料</h2>
          <FeeBreakdown quote={a.feeBreakdown} />
        </section>
      ) : (
        category && (
          <FeeQuotePanel
            request={{
              category: category.feeCategory,
              feeDistrict: a.feeDistrict,
              quantity: a.quantity,
              from: a.periodFrom,
              to: a.periodTo,
            }}
          />
        )
      )}
      {a.feeDistrictReason && <p>級地は手動で設定されています（理由：{a.feeDistrictReason}）。</p>}
      {reviewing && <FeeDistrictForm application={a} onChanged={reload} />}
      <ExemptionSection application={a} editable={reviewing} onChanged={reload} />
      {a.bills.length > 0 && (
        <section aria-labelledby="bills-heading">
          <h2 id="bills-heading">請求</h2>
          <BillsTable
            bills={a.bills}
            status={(bill) => (
              <>
                {bill.paidAt ? <DateText value={bill.paidAt} withTime /> : BILL_STATUS_LABELS[bill.status]}{' '}
                <a href={`/api/permits/bills/${bill.id}/slip.pdf`} download>
                  {fiscalYearLabel(bill.fiscalYear)}の納付書
                </a>
                {bill.status === 'unpaid' && (
                  <SlipPaymentForm billId={bill.id} label={fiscalYearLabel(bill.fiscalYear)} onRecorded={reload} />
                )}
              </>
            )}
          />
        </section>
      )}
      <ChecklistSection applicationId={a.id} checklist={a.checklist} editable={reviewing} onChanged={reload} />
      <ConditionsSection application={a} editable={reviewing} onChanged={reload} />
      {a.policeConsultation && <PoliceResultForm application={a} editable={reviewing} onChanged={reload} />}
      <Timeline entries={a.timeline} stage={a.stage} />
      <MessagesSection basePath={`/api/permits/applications/${a.id}`} writeLabel="申請者への回答・連絡" />
      {reviewing && ['received', 'reviewing'].includes(a.stage) && (
        <CorrectionRequestForm applicationId={a.id} onRequested={reload} />
      )}
      {route.data && <RouteView route={route.data} />}
      <p>
        <Link href="/staff/permits">受付・台帳へ戻る</Link>
      </p>
    </>
  );
}
