import { useState, type FormEvent } from 'react';
import { DateText, Notice, PageTitle, TextArea } from '../../shared/components';
import { labelOf } from '../labels';
import { useApi } from '../useApi';
import { ActionNotices, DayTimesFields, FormFooter, NO_TIMES, StaffSelect, type DayTimes } from './form-parts';
import { formatMonth, instantsOf, todayJst } from './format';
import { MONTH_STATUS_LABELS } from './labels';
import { AttendanceNav, MonthField, TableFrame } from './parts';
import type { ClosingResult, OverviewRow } from './types';
import { useAction } from './useAction';

/** 人事課: the month's state per staff member, closing, changes to a closed month with a reason, the payroll CSV. */
export function HrClosingPage() {
  const [month, setMonth] = useState(todayJst().slice(0, 7));
  const overview = useApi<OverviewRow[]>(`/api/attendance/months/${month}/overview`);
  const closing = useAction();
  const rows = overview.data ?? [];

  const close = async () => {
    const answer = await closing.run<ClosingResult>(
      'POST',
      `/api/attendance/months/${month}/close`,
      undefined,
      (r) =>
        `${formatMonth(month)}を締めました（${r.closed}人）。${r.notApproved.length > 0 ? `承認が済んでいない${r.notApproved.length}人は締めていません。` : ''}`,
    );
    if (answer) void overview.reload();
  };

  return (
    <>
      <PageTitle title="月次締め">月次締め（人事課）</PageTitle>
      <AttendanceNav />
      <MonthField value={month} onChange={setMonth} />
      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading">{formatMonth(month)}の提出状況</h2>
        {overview.error && <Notice kind="error">{overview.error}</Notice>}
        {overview.data && rows.length === 0 && <p>この月に提出した職員はいません。</p>}
        {rows.length > 0 && (
          <TableFrame label="提出状況">
            <table>
              <thead>
                <tr>
                  <th scope="col">職員</th>
                  <th scope="col">状況</th>
                  <th scope="col">提出</th>
                  <th scope="col">承認</th>
                  <th scope="col">締め</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.staffId}>
                    <th scope="row">
                      {r.name}（{r.employeeNo}）
                    </th>
                    <td>{labelOf(MONTH_STATUS_LABELS, r.status)}</td>
                    <td>{r.submittedAt ? <DateText value={r.submittedAt} withTime /> : '—'}</td>
                    <td>{r.approvedAt ? <DateText value={r.approvedAt} withTime /> : '—'}</td>
                    <td>{r.closedAt ? <DateText value={r.closedAt} withTime /> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
        <div className="actions">
          <button type="button" className="button" disabled={closing.busy} onClick={() => void close()}>
            承認済みの月を締める
          </button>
          <a className="button button--secondary" href={`/api/attendance/months/${month}/payroll.csv`} download>
            給与連携CSV（UTF-8）
          </a>
          <a
            className="button button--secondary"
            href={`/api/attendance/months/${month}/payroll.csv?encoding=shift_jis`}
            download
          >
            給与連携CSV（Shift_JIS）
          </a>
        </div>
        <ActionNotices action={closing} />
      </section>
      {rows.length > 0 && (
        <>
          <AmendDayForm rows={rows} />
          <ReopenForm
            month={month}
            rows={rows.filter((r) => r.status === 'closed')}
            onDone={() => void overview.reload()}
          />
        </>
      )}
    </>
  );
}

const optionsOf = (rows: OverviewRow[]) =>
  rows.map((r) => ({ staffId: r.staffId, label: `${r.name}（${r.employeeNo}）` }));

/** A day's times changed by HR; in a closed month only with a reason, which goes to the audit trail. */
function AmendDayForm({ rows }: { rows: OverviewRow[] }) {
  const [staffId, setStaffId] = useState('');
  const [times, setTimes] = useState<DayTimes>(NO_TIMES);
  const [reason, setReason] = useState('');
  const action = useAction();
  const chosen = staffId || String(rows[0].staffId);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(
      'PUT',
      `/api/attendance/hr/staff/${chosen}/days/${times.date}`,
      { ...instantsOf(times.date, times.inTime, times.outTime), ...(reason ? { reason } : {}) },
      '勤務時間を変更しました。',
    );
  };
  return (
    <section aria-labelledby="amend-heading">
      <h2 id="amend-heading">勤務時間の変更（締め済みの月は理由が必要）</h2>
      <form onSubmit={send} noValidate>
        <StaffSelect id="amend-staff" options={optionsOf(rows)} value={chosen} onChange={setStaffId} />
        <DayTimesFields value={times} onChange={setTimes} fieldError={action.fieldError} dateField="date" />
        <TextArea
          label="理由"
          maxLength={400}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={action.fieldError('reason')}
        />
        <FormFooter action={action} label="変更する" />
      </form>
    </section>
  );
}

/** Reopens a closed month (back to 承認済み) with a reason, audited. */
function ReopenForm({ month, rows, onDone }: { month: string; rows: OverviewRow[]; onDone(): void }) {
  const [staffId, setStaffId] = useState('');
  const [reason, setReason] = useState('');
  const action = useAction();
  if (rows.length === 0) return null;
  const chosen = staffId || String(rows[0].staffId);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await action.run(
      'POST',
      `/api/attendance/months/${month}/reopen`,
      { staffId: Number(chosen), reason },
      '締めを解除しました。',
    );
    if (answer) {
      setReason('');
      onDone();
    }
  };
  return (
    <section aria-labelledby="reopen-heading">
      <h2 id="reopen-heading">締めの解除</h2>
      <form onSubmit={send} noValidate>
        <StaffSelect id="reopen-staff" options={optionsOf(rows)} value={chosen} onChange={setStaffId} />
        <TextArea
          label="解除の理由"
          required
          maxLength={400}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={action.fieldError('reason')}
        />
        <FormFooter action={action} label="締めを解除する" danger />
      </form>
    </section>
  );
}
