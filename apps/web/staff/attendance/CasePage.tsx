import { DateText, Loading, Notice, PageTitle } from '../../shared/components';
import { formatTime } from '../../shared/format';
import { Link } from '../../shared/router';
import { labelOf } from '../labels';
import { useApi } from '../useApi';
import { formatMinutes, formatMonth } from './format';
import { MONTH_STATUS_LABELS, OVERTIME_STATUS_LABELS, REQUEST_STATUS_LABELS, UNIT_LABELS } from './labels';
import { AttendanceNav, MonthSheetTable, TotalsList } from './parts';
import type { AttendanceCase, LeaveKind, MonthView } from './types';

const TITLES: Record<AttendanceCase['process'], string> = {
  'leave-request': '休暇の申請',
  'attendance-correction': '打刻修正の申請',
  'attendance-overtime-excess': '時間外勤務の上限超過',
  'attendance-month': '勤怠の提出',
};

const dateOf = (date: string) => <DateText value={`${date}T00:00:00+09:00`} />;

/** What an attendance approval is about: the screen an inbox task's 「業務画面で開く」 link opens. */
export function CasePage({ process, id }: { process: string; id: number }) {
  const found = useApi<AttendanceCase>(`/api/attendance/cases/${process}/${id}`);
  const kinds = useApi<LeaveKind[]>('/api/attendance/leave/kinds');
  const c = found.data;
  const sheet = useApi<MonthView>(
    c?.process === 'attendance-month' ? `/api/attendance/months/${c.month.month}?staffId=${c.staffId}` : null,
  );
  if (found.error) {
    return (
      <>
        <PageTitle title="勤怠の案件">勤怠の案件</PageTitle>
        <Notice kind="error">{found.error}</Notice>
      </>
    );
  }
  if (!c) return <Loading />;
  return (
    <>
      <PageTitle title={TITLES[c.process]}>
        {TITLES[c.process]}：{c.staffName}
      </PageTitle>
      <AttendanceNav />
      <p>
        <Link href="/staff/">受信箱に戻る</Link>（承認・差戻しは受信箱のタスクから行います）
      </p>
      {c.process === 'leave-request' && (
        <dl className="summary">
          <dt>種類</dt>
          <dd>{c.kindName}</dd>
          <dt>期間</dt>
          <dd>
            {dateOf(c.leave.startDate)}
            {c.leave.endDate !== c.leave.startDate && <>〜{dateOf(c.leave.endDate)}</>}
            {c.leave.startTime && `（${c.leave.startTime}から）`}
          </dd>
          <dt>単位</dt>
          <dd>
            {labelOf(UNIT_LABELS, c.leave.unit)}（{formatMinutes(c.leave.minutes)}）
          </dd>
          <dt>理由</dt>
          <dd>{c.leave.reason}</dd>
          <dt>状況</dt>
          <dd>{labelOf(REQUEST_STATUS_LABELS, c.leave.status)}</dd>
        </dl>
      )}
      {c.process === 'attendance-correction' && (
        <dl className="summary">
          <dt>勤務日</dt>
          <dd>{dateOf(c.correction.workDate)}</dd>
          <dt>出勤</dt>
          <dd>{c.correction.clockInAt ? formatTime(c.correction.clockInAt) : '変更なし'}</dd>
          <dt>退勤</dt>
          <dd>{c.correction.clockOutAt ? formatTime(c.correction.clockOutAt) : '変更なし'}</dd>
          <dt>理由</dt>
          <dd>{c.correction.reason}</dd>
          <dt>状況</dt>
          <dd>{labelOf(REQUEST_STATUS_LABELS, c.correction.status)}</dd>
        </dl>
      )}
      {c.process === 'attendance-overtime-excess' && (
        <dl className="summary">
          <dt>勤務日</dt>
          <dd>{dateOf(c.order.workDate)}</dd>
          <dt>命令</dt>
          <dd>{formatMinutes(c.order.plannedMinutes)}</dd>
          <dt>業務内容</dt>
          <dd>{c.order.task}</dd>
          <dt>上限を超える理由</dt>
          <dd>{c.order.excessReason}</dd>
          <dt>状況</dt>
          <dd>{labelOf(OVERTIME_STATUS_LABELS, c.order.status)}</dd>
        </dl>
      )}
      {c.process === 'attendance-month' && (
        <>
          <p>
            {formatMonth(c.month.month)}：<strong>{labelOf(MONTH_STATUS_LABELS, c.month.status)}</strong>
          </p>
          {sheet.error && <Notice kind="error">{sheet.error}</Notice>}
          {sheet.data && (
            <>
              <TotalsList totals={sheet.data.totals} kinds={kinds.data} />
              <MonthSheetTable month={c.month.month} days={sheet.data.days} kinds={kinds.data} />
            </>
          )}
        </>
      )}
    </>
  );
}
