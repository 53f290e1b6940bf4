import { useEffect, useState, type FormEvent } from 'react';
import { DateText, Loading, Notice, PageTitle, TextArea, TextField } from '../../shared/components';
import { labelOf } from '../labels';
import { useApi } from '../useApi';
import { formatMinutes, todayJst } from './format';
import { REQUEST_STATUS_LABELS, UNIT_LABELS } from './labels';
import { AttendanceNav, MonthField, TableFrame } from './parts';
import type { Balance, LeaveKind, LeaveRequest, LeaveUnit } from './types';
import { FormFooter } from './form-parts';
import { useAction } from './useAction';

const dateOf = (date: string) => <DateText value={`${date}T00:00:00+09:00`} />;

/** 休暇: the balances, the request form (1日・半日・時間, by kind) and the month's requests. */
export function LeavePage() {
  const balances = useApi<Balance[]>('/api/attendance/leave/balances');
  const kinds = useApi<LeaveKind[]>('/api/attendance/leave/kinds');
  const [month, setMonth] = useState(todayJst().slice(0, 7));
  const requests = useApi<LeaveRequest[]>(`/api/attendance/leave/requests?month=${month}`);
  const kindName = (code: string) => kinds.data?.find((k) => k.code === code)?.name ?? code;

  return (
    <>
      <PageTitle title="休暇">休暇</PageTitle>
      <AttendanceNav />
      <section aria-labelledby="balances-heading">
        <h2 id="balances-heading">休暇の残り</h2>
        {balances.error && <Notice kind="error">{balances.error}</Notice>}
        {!balances.data && !balances.error && <Loading />}
        {balances.data && balances.data.length === 0 && <p>残りのある休暇はまだありません。</p>}
        {balances.data && balances.data.length > 0 && (
          <TableFrame label="休暇の残り">
            <table>
              <thead>
                <tr>
                  <th scope="col">種類</th>
                  <th scope="col">期間</th>
                  <th scope="col">残り</th>
                  <th scope="col">承認待ち</th>
                  <th scope="col">時間単位（年の上限）</th>
                </tr>
              </thead>
              <tbody>
                {balances.data.map((b) => (
                  <tr key={`${b.kindCode}-${b.periodStart}`}>
                    <th scope="row">{b.kindName}</th>
                    <td>
                      {dateOf(b.periodStart)}〜{dateOf(b.periodEnd)}
                    </td>
                    <td>
                      <strong>{b.available}</strong>
                    </td>
                    <td>{b.pendingMinutes > 0 ? formatMinutes(b.pendingMinutes) : 'なし'}</td>
                    <td>
                      {b.hourLeaveCapMinutes === null
                        ? '—'
                        : `${formatMinutes(b.hourLeaveMinutes)}／${formatMinutes(b.hourLeaveCapMinutes)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
      </section>
      {kinds.data && (
        <LeaveForm
          kinds={kinds.data}
          onDone={() => {
            void balances.reload();
            void requests.reload();
          }}
        />
      )}
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">休暇の申請</h2>
        <MonthField value={month} onChange={setMonth} />
        {requests.error && <Notice kind="error">{requests.error}</Notice>}
        {requests.data && requests.data.length === 0 && <p>この月の申請はありません。</p>}
        {requests.data && requests.data.length > 0 && (
          <TableFrame label="休暇の申請">
            <table>
              <thead>
                <tr>
                  <th scope="col">期間</th>
                  <th scope="col">種類</th>
                  <th scope="col">単位</th>
                  <th scope="col">状況</th>
                </tr>
              </thead>
              <tbody>
                {requests.data.map((r) => (
                  <tr key={r.id}>
                    <td>
                      {dateOf(r.startDate)}
                      {r.endDate !== r.startDate && <>〜{dateOf(r.endDate)}</>}
                      {r.startTime && `（${r.startTime}から）`}
                    </td>
                    <td>{kindName(r.kindCode)}</td>
                    <td>
                      {labelOf(UNIT_LABELS, r.unit)}
                      {r.unit === 'hour' && ` ${formatMinutes(r.minutes)}`}
                      {r.unit === 'day' && ` ${r.days}日`}
                    </td>
                    <td>{labelOf(REQUEST_STATUS_LABELS, r.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
      </section>
    </>
  );
}

/** The request form: a kind, its unit (only those the kind allows), the dates and the reason. */
function LeaveForm({ kinds, onDone }: { kinds: LeaveKind[]; onDone(): void }) {
  const [kindCode, setKindCode] = useState(kinds[0]?.code ?? '');
  const units = (kinds.find((k) => k.code === kindCode)?.units.split(',') ?? ['day']) as LeaveUnit[];
  const [unit, setUnit] = useState<LeaveUnit>('day');
  useEffect(() => {
    if (!units.includes(unit)) setUnit(units[0]);
  }, [units, unit]);
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [half, setHalf] = useState<'am' | 'pm'>('am');
  const [startTime, setStartTime] = useState('');
  const [hours, setHours] = useState('1');
  const [reason, setReason] = useState('');
  const action = useAction();

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      kindCode,
      unit,
      startDate,
      endDate: unit === 'day' ? endDate || startDate : startDate,
      reason,
      ...(unit === 'halfDay' ? { half } : {}),
      ...(unit === 'hour' ? { startTime, hours: Number(hours) } : {}),
    };
    const answer = await action.run(
      'POST',
      '/api/attendance/leave/requests',
      body,
      '休暇を申請しました。上司の承認を待っています。',
    );
    if (answer) {
      setReason('');
      onDone();
    }
  };

  return (
    <section aria-labelledby="leave-form-heading">
      <h2 id="leave-form-heading">休暇を申請する</h2>
      <form onSubmit={send} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="leave-kind">
            休暇の種類<span className="field__required">必須</span>
          </label>
          <select id="leave-kind" value={kindCode} onChange={(e) => setKindCode(e.target.value)}>
            {kinds.map((k) => (
              <option key={k.code} value={k.code}>
                {k.name}
              </option>
            ))}
          </select>
          {action.fieldError('kindCode') && <p className="field__error">{action.fieldError('kindCode')}</p>}
        </div>
        <fieldset className="att-fieldset">
          <legend className="field__label">単位</legend>
          {units.map((u) => (
            <label key={u} className="att-choice">
              <input type="radio" name="leave-unit" value={u} checked={unit === u} onChange={() => setUnit(u)} />
              {labelOf(UNIT_LABELS, u)}
            </label>
          ))}
          {action.fieldError('unit') && <p className="field__error">{action.fieldError('unit')}</p>}
        </fieldset>
        <TextField
          label={unit === 'day' ? '開始日' : '日付'}
          type="date"
          required
          value={startDate}
          onChange={(e) => setStartDate(e.target.value)}
          error={action.fieldError('startDate')}
        />
        {unit === 'day' && (
          <TextField
            label="終了日"
            type="date"
            hint="1日だけのときは空のままで構いません。"
            value={endDate}
            onChange={(e) => setEndDate(e.target.value)}
            error={action.fieldError('endDate')}
          />
        )}
        {unit === 'halfDay' && (
          <fieldset className="att-fieldset">
            <legend className="field__label">午前・午後</legend>
            <label className="att-choice">
              <input type="radio" name="leave-half" checked={half === 'am'} onChange={() => setHalf('am')} />
              午前
            </label>
            <label className="att-choice">
              <input type="radio" name="leave-half" checked={half === 'pm'} onChange={() => setHalf('pm')} />
              午後
            </label>
            {action.fieldError('half') && <p className="field__error">{action.fieldError('half')}</p>}
          </fieldset>
        )}
        {unit === 'hour' && (
          <>
            <TextField
              label="開始時刻"
              type="time"
              required
              value={startTime}
              onChange={(e) => setStartTime(e.target.value)}
              error={action.fieldError('startTime')}
            />
            <TextField
              label="時間数"
              type="number"
              min={1}
              max={23}
              required
              value={hours}
              onChange={(e) => setHours(e.target.value)}
              error={action.fieldError('hours')}
            />
          </>
        )}
        <TextArea
          label="理由"
          required
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={action.fieldError('reason')}
        />
        <FormFooter action={action} label="申請する" />
      </form>
    </section>
  );
}
