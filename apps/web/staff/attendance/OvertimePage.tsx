import { useState, type FormEvent } from 'react';
import { DateText, Notice, PageTitle, TextArea, TextField } from '../../shared/components';
import { labelOf } from '../labels';
import { useApi } from '../useApi';
import { formatMinutes, todayJst } from './format';
import { MONTH_STATUS_LABELS, OVERTIME_STATUS_LABELS } from './labels';
import { AttendanceNav, Findings, MonthField, TableFrame } from './parts';
import type { OvertimeFinding, OvertimeOrder, TeamMember } from './types';
import { FormFooter, StaffSelect } from './form-parts';
import { useAction } from './useAction';

/** 時間外勤務: one's own orders; for a supervisor, the team, ordering in advance and confirming the actual hours. */
export function OvertimePage() {
  const [month, setMonth] = useState(todayJst().slice(0, 7));
  const mine = useApi<OvertimeOrder[]>(`/api/attendance/overtime-orders?month=${month}`);
  const team = useApi<TeamMember[]>(`/api/attendance/months/${month}/team`);
  return (
    <>
      <PageTitle title="時間外勤務">時間外勤務</PageTitle>
      <AttendanceNav />
      <MonthField value={month} onChange={setMonth} />
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">自分への時間外勤務命令</h2>
        {mine.error && <Notice kind="error">{mine.error}</Notice>}
        {mine.data && <OrdersTable label="自分への時間外勤務命令" orders={mine.data} />}
      </section>
      {team.data && team.data.length > 0 && (
        <TeamSection month={month} team={team.data} onChange={() => void team.reload()} />
      )}
    </>
  );
}

function OrdersTable({
  label,
  orders,
  onConfirmed,
}: {
  label: string;
  orders: OvertimeOrder[];
  onConfirmed?: () => void;
}) {
  if (orders.length === 0) return <p>この月の命令はありません。</p>;
  return (
    <TableFrame label={label}>
      <table>
        <thead>
          <tr>
            <th scope="col">勤務日</th>
            <th scope="col">業務内容</th>
            <th scope="col">命令</th>
            <th scope="col">状況</th>
            <th scope="col">実績（平日・休日・深夜）</th>
            {onConfirmed && <th scope="col">実績の確認</th>}
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.id}>
              <td>
                <DateText value={`${o.workDate}T00:00:00+09:00`} />
              </td>
              <td>{o.task}</td>
              <td>{formatMinutes(o.plannedMinutes)}</td>
              <td>{labelOf(OVERTIME_STATUS_LABELS, o.status)}</td>
              <td>
                {o.confirmedMinutes === null
                  ? '—'
                  : `${formatMinutes(o.confirmedMinutes)}（${formatMinutes(o.weekdayMinutes)}・${formatMinutes(o.holidayMinutes)}・${formatMinutes(o.lateNightMinutes)}）`}
              </td>
              {onConfirmed && <td>{o.status === 'ordered' && <ConfirmForm order={o} onDone={onConfirmed} />}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

function ConfirmForm({ order, onDone }: { order: OvertimeOrder; onDone(): void }) {
  const [minutes, setMinutes] = useState(String(order.plannedMinutes));
  const [findings, setFindings] = useState<OvertimeFinding[]>([]);
  const action = useAction();
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await action.run<{ findings: OvertimeFinding[] }>(
      'POST',
      `/api/attendance/overtime-orders/${order.id}/confirm`,
      { minutes: Number(minutes) },
      '実績を確認しました。',
    );
    if (answer) {
      setFindings(answer.findings);
      onDone();
    }
  };
  return (
    <form onSubmit={send} noValidate aria-label={`${order.workDate}の実績の確認`}>
      <TextField
        label="実績（分）"
        type="number"
        min={0}
        max={1440}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        error={action.fieldError('minutes')}
      />
      {action.message && <Notice kind="error">{action.message}</Notice>}
      <Findings findings={findings} />
      <button type="submit" className="button button--secondary" disabled={action.busy}>
        確認する
      </button>
    </form>
  );
}

/** The supervisor's part: the team's month, ordering with the limits shown as they type, and confirming. */
function TeamSection({ month, team, onChange }: { month: string; team: TeamMember[]; onChange(): void }) {
  const [staffId, setStaffId] = useState(String(team[0].staffId));
  const [workDate, setWorkDate] = useState('');
  const [minutes, setMinutes] = useState('60');
  const [task, setTask] = useState('');
  const [excessReason, setExcessReason] = useState('');
  const planned = Number(minutes);
  const assessment = useApi<OvertimeFinding[]>(
    workDate && Number.isInteger(planned) && planned > 0
      ? `/api/attendance/overtime-orders/assessment?staffId=${staffId}&workDate=${workDate}&minutes=${planned}`
      : null,
  );
  const orders = useApi<OvertimeOrder[]>(`/api/attendance/overtime-orders?month=${month}&staffId=${staffId}`);
  const action = useAction();
  const exceeded = assessment.data?.some((f) => f.level === 'exceeded') ?? false;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await action.run<{ order: OvertimeOrder }>(
      'POST',
      '/api/attendance/overtime-orders',
      { staffId: Number(staffId), workDate, plannedMinutes: planned, task, ...(exceeded ? { excessReason } : {}) },
      (r) =>
        r.order.status === 'awaitingExcess'
          ? '命令しました。上限を超えるため、課長の承認の後に勤務できます。'
          : '時間外勤務を命令しました。',
    );
    if (answer) {
      setTask('');
      setExcessReason('');
      void orders.reload();
      void assessment.reload();
      onChange();
    }
  };

  return (
    <>
      <section aria-labelledby="team-heading">
        <h2 id="team-heading">所属職員の勤怠</h2>
        <TableFrame label="所属職員の勤怠">
          <table>
            <thead>
              <tr>
                <th scope="col">職員</th>
                <th scope="col">所属・職</th>
                <th scope="col">月の状況</th>
                <th scope="col">要確認の日</th>
                <th scope="col">時間外（確認済み）</th>
              </tr>
            </thead>
            <tbody>
              {team.map((m) => (
                <tr key={m.staffId}>
                  <th scope="row">
                    {m.name}（{m.employeeNo}）
                  </th>
                  <td>
                    {m.unitName} {m.positionName}
                  </td>
                  <td>{labelOf(MONTH_STATUS_LABELS, m.status)}</td>
                  <td>{m.flaggedDays}日</td>
                  <td>{formatMinutes(m.totals.overtime.weekday + m.totals.overtime.holiday)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
        <p>勤怠の提出・休暇・打刻修正の承認は受信箱に届きます。</p>
      </section>
      <section aria-labelledby="order-heading">
        <h2 id="order-heading">時間外勤務命令</h2>
        <form onSubmit={send} noValidate>
          <StaffSelect
            id="order-staff"
            options={team.map((m) => ({ staffId: m.staffId, label: `${m.name}（${m.employeeNo}）` }))}
            value={staffId}
            onChange={setStaffId}
          />
          <TextField
            label="勤務日"
            type="date"
            required
            value={workDate}
            onChange={(e) => setWorkDate(e.target.value)}
            error={action.fieldError('workDate')}
          />
          <TextField
            label="時間外勤務（分）"
            type="number"
            min={1}
            max={1440}
            required
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            error={action.fieldError('plannedMinutes')}
          />
          <TextArea
            label="業務内容"
            required
            maxLength={200}
            value={task}
            onChange={(e) => setTask(e.target.value)}
            error={action.fieldError('task')}
          />
          {assessment.data && <Findings findings={assessment.data} />}
          {assessment.error && <Notice kind="error">{assessment.error}</Notice>}
          {exceeded && (
            <TextArea
              label="上限を超える理由"
              required
              hint="課長の承認に回り、記録に残ります。"
              maxLength={400}
              value={excessReason}
              onChange={(e) => setExcessReason(e.target.value)}
              error={action.fieldError('excessReason')}
            />
          )}
          <FormFooter action={action} label="命令する" />
        </form>
      </section>
      <section aria-labelledby="team-orders-heading">
        <h2 id="team-orders-heading">命令と実績の確認</h2>
        {orders.error && <Notice kind="error">{orders.error}</Notice>}
        {orders.data && (
          <OrdersTable
            label="命令と実績"
            orders={orders.data}
            onConfirmed={() => {
              void orders.reload();
              onChange();
            }}
          />
        )}
      </section>
    </>
  );
}
