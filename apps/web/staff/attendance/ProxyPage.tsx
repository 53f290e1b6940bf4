import { useState, type FormEvent } from 'react';
import { Notice, PageTitle } from '../../shared/components';
import { useApi } from '../useApi';
import { DayTimesFields, FormFooter, NO_TIMES, StaffSelect, type DayTimes } from './form-parts';
import { instantsOf, todayJst } from './format';
import { AttendanceNav, MonthSheetTable } from './parts';
import type { ClerkStaff, LeaveKind, MonthView } from './types';
import { useAction } from './useAction';

/** 代理入力: the section's 庶務担当 enters the times of staff without a terminal; recorded as proxy entry. */
export function ProxyPage() {
  const staff = useApi<ClerkStaff[]>('/api/attendance/proxy/staff');
  const kinds = useApi<LeaveKind[]>('/api/attendance/leave/kinds');
  const [staffId, setStaffId] = useState('');
  const [times, setTimes] = useState<DayTimes>({ ...NO_TIMES, date: todayJst() });
  const date = times.date;
  const chosen = staffId || String(staff.data?.[0]?.staffId ?? '');
  const month = date.slice(0, 7);
  const sheet = useApi<MonthView>(
    chosen && /^\d{4}-\d{2}$/.test(month) ? `/api/attendance/months/${month}?staffId=${chosen}` : null,
  );
  const action = useAction();

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await action.run(
      'PUT',
      `/api/attendance/staff/${chosen}/days/${date}`,
      instantsOf(date, times.inTime, times.outTime),
      '代理入力しました。',
    );
    if (answer) void sheet.reload();
  };

  return (
    <>
      <PageTitle title="代理入力">代理入力（庶務担当）</PageTitle>
      <AttendanceNav />
      {staff.error && <Notice kind="error">{staff.error}</Notice>}
      {staff.data && staff.data.length === 0 && <p>代理入力できる職員がいません。</p>}
      {staff.data && staff.data.length > 0 && (
        <form onSubmit={send} noValidate>
          <StaffSelect
            id="proxy-staff"
            options={staff.data.map((s) => ({
              staffId: s.staffId,
              label: `${s.name}（${s.employeeNo}・${s.unitName}）`,
            }))}
            value={chosen}
            onChange={setStaffId}
          />
          <DayTimesFields value={times} onChange={setTimes} fieldError={action.fieldError} dateField="date" />
          <FormFooter action={action} label="代理入力する" />
        </form>
      )}
      {sheet.error && <Notice kind="error">{sheet.error}</Notice>}
      {sheet.data && <MonthSheetTable month={month} days={sheet.data.days} kinds={kinds.data} />}
    </>
  );
}
