import { useEffect, useState, type FormEvent } from 'react';
import { DateText, Loading, Notice, PageTitle, TextArea } from '../../shared/components';
import { formatTime } from '../../shared/format';
import { labelOf } from '../labels';
import { useApi } from '../useApi';
import { ActionNotices, DayTimesFields, FormFooter, NO_TIMES, type DayTimes } from './form-parts';
import { formatMonth, instantsOf } from './format';
import { MONTH_STATUS_LABELS, REQUEST_STATUS_LABELS } from './labels';
import { AttendanceNav, MonthField, MonthSheetTable, TotalsList } from './parts';
import type { Correction, DayRecord, LeaveKind, MonthView } from './types';
import { useAction } from './useAction';

/** 出勤簿: today's 出勤・退勤 buttons, the month's calendar with what needs fixing, 打刻修正 and the month's submission. */
export function TodayPage() {
  const today = useApi<{ date: string; record: DayRecord | null }>('/api/attendance/today');
  const [month, setMonth] = useState<string | null>(null);
  useEffect(() => {
    if (today.data && month === null) setMonth(today.data.date.slice(0, 7));
  }, [today.data, month]);
  const sheet = useApi<MonthView>(month ? `/api/attendance/months/${month}` : null);
  const kinds = useApi<LeaveKind[]>('/api/attendance/leave/kinds');
  const corrections = useApi<Correction[]>(month ? `/api/attendance/corrections?month=${month}` : null);
  const clocking = useAction();
  const submission = useAction();

  const punch = async (kind: 'in' | 'out') => {
    const answer = await clocking.run<DayRecord>('POST', `/api/attendance/clock-${kind}`, undefined, (r) =>
      kind === 'in'
        ? `出勤を記録しました（${formatTime(r.clockInAt!)}）。`
        : `退勤を記録しました（${formatTime(r.clockOutAt!)}）。`,
    );
    if (answer) await Promise.all([today.reload(), sheet.reload()]);
  };
  const submit = async () => {
    if (!month) return;
    const answer = await submission.run(
      'POST',
      `/api/attendance/months/${month}/submit`,
      undefined,
      `${formatMonth(month)}の勤怠を提出しました。上司の承認を待っています。`,
    );
    if (answer) await sheet.reload();
  };

  const record = today.data?.record ?? null;
  return (
    <>
      <PageTitle title="出勤簿">出勤簿</PageTitle>
      <AttendanceNav />
      <section aria-labelledby="today-heading">
        <h2 id="today-heading">
          今日の打刻
          {today.data && (
            <>
              （<DateText value={`${today.data.date}T00:00:00+09:00`} />）
            </>
          )}
        </h2>
        {today.error && <Notice kind="error">{today.error}</Notice>}
        {record && record.workDate !== today.data?.date && (
          <p>
            <DateText value={`${record.workDate}T00:00:00+09:00`} />
            からの勤務が続いています。退勤するとその日の勤務として記録されます。
          </p>
        )}
        <dl className="summary">
          <dt>出勤</dt>
          <dd>{record?.clockInAt ? formatTime(record.clockInAt) : '未打刻'}</dd>
          <dt>退勤</dt>
          <dd>{record?.clockOutAt ? formatTime(record.clockOutAt) : '未打刻'}</dd>
        </dl>
        <div className="att-clock">
          <button
            type="button"
            className="button"
            disabled={clocking.busy || !!record?.clockInAt}
            onClick={() => void punch('in')}
          >
            出勤
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={clocking.busy || !record?.clockInAt || !!record.clockOutAt}
            onClick={() => void punch('out')}
          >
            退勤
          </button>
        </div>
        <ActionNotices action={clocking} />
      </section>

      <section aria-labelledby="month-heading">
        <h2 id="month-heading">月の勤怠</h2>
        {month && <MonthField value={month} onChange={setMonth} />}
        {sheet.error && <Notice kind="error">{sheet.error}</Notice>}
        {month && !sheet.data && !sheet.error && <Loading />}
        {month && sheet.data && (
          <>
            <p>
              状況: <strong>{labelOf(MONTH_STATUS_LABELS, sheet.data.status)}</strong>
            </p>
            <MonthSheetTable month={month} days={sheet.data.days} kinds={kinds.data} />
            <h3>集計</h3>
            <TotalsList totals={sheet.data.totals} kinds={kinds.data} />
            {sheet.data.status === 'open' && (
              <div className="actions">
                <button type="button" className="button" disabled={submission.busy} onClick={() => void submit()}>
                  {formatMonth(month)}の勤怠を提出する
                </button>
              </div>
            )}
            <ActionNotices action={submission} />
          </>
        )}
      </section>

      <CorrectionForm
        defaultDate={sheet.data?.days.find((d) => d.flags.some((f) => f !== 'leavePending'))?.date ?? today.data?.date}
        onDone={() => void Promise.all([corrections.reload(), sheet.reload()])}
      />
      {corrections.data && corrections.data.length > 0 && (
        <section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">この月の打刻修正の申請</h2>
          <ul>
            {corrections.data.map((c) => (
              <li key={c.id}>
                <DateText value={`${c.workDate}T00:00:00+09:00`} />: 出勤 {c.clockInAt ? formatTime(c.clockInAt) : '—'}
                、退勤 {c.clockOutAt ? formatTime(c.clockOutAt) : '—'}（{labelOf(REQUEST_STATUS_LABELS, c.status)}）
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** 打刻修正の申請: the times as they should be, and why; the supervisor approves it in the inbox. */
function CorrectionForm({ defaultDate, onDone }: { defaultDate: string | undefined; onDone(): void }) {
  const [times, setTimes] = useState<DayTimes>(NO_TIMES);
  const [reason, setReason] = useState('');
  const action = useAction();
  const workDate = times.date || defaultDate || '';

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await action.run(
      'POST',
      '/api/attendance/corrections',
      { workDate, ...instantsOf(workDate, times.inTime, times.outTime), reason },
      '打刻修正を申請しました。上司の承認後に反映されます。',
    );
    if (answer) {
      setTimes(NO_TIMES);
      setReason('');
      onDone();
    }
  };

  return (
    <section aria-labelledby="correction-heading">
      <h2 id="correction-heading">打刻修正の申請</h2>
      <p>直す時刻だけ入力してください。</p>
      <form onSubmit={send} noValidate>
        <DayTimesFields
          value={{ ...times, date: workDate }}
          onChange={setTimes}
          fieldError={action.fieldError}
          dateField="workDate"
        />
        <TextArea
          label="理由"
          required
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={action.fieldError('reason')}
        />
        <FormFooter action={action} label="打刻修正を申請する" />
      </form>
    </section>
  );
}
