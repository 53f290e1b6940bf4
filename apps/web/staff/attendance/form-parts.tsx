import { Notice, TextField } from '../../shared/components';
import type { useAction } from './useAction';

type Action = ReturnType<typeof useAction>;

/** An action's outcome, next to the action: the API's message on failure, what was done on success. */
export function ActionNotices({ action }: { action: Action }) {
  return (
    <>
      {action.message && <Notice kind="error">{action.message}</Notice>}
      {action.done && <Notice kind="success">{action.done}</Notice>}
    </>
  );
}

/** A form's outcome and its submit button, disabled while the action is under way. */
export function FormFooter({ action, label, danger = false }: { action: Action; label: string; danger?: boolean }) {
  return (
    <>
      <ActionNotices action={action} />
      <div className="actions">
        <button type="submit" className={`button${danger ? ' button--danger' : ''}`} disabled={action.busy}>
          {label}
        </button>
      </div>
    </>
  );
}

export interface DayTimes {
  date: string;
  inTime: string;
  outTime: string;
}

export const NO_TIMES: DayTimes = { date: '', inTime: '', outTime: '' };

/** A working date with its clock-in and clock-out times, each with the API's error next to it. */
export function DayTimesFields({
  value,
  onChange,
  fieldError,
  dateField,
}: {
  value: DayTimes;
  onChange(next: DayTimes): void;
  fieldError(field: string): string | undefined;
  /** The name the API gives the date's errors under (a body field, or the route's `date`). */
  dateField: string;
}) {
  return (
    <>
      <TextField
        label="勤務日"
        type="date"
        required
        value={value.date}
        onChange={(e) => onChange({ ...value, date: e.target.value })}
        error={fieldError(dateField)}
      />
      <TextField
        label="出勤時刻"
        type="time"
        value={value.inTime}
        onChange={(e) => onChange({ ...value, inTime: e.target.value })}
        error={fieldError('clockInAt')}
      />
      <TextField
        label="退勤時刻"
        type="time"
        hint="出勤より前の時刻は翌日として扱います（夜勤など）。"
        value={value.outTime}
        onChange={(e) => onChange({ ...value, outTime: e.target.value })}
        error={fieldError('clockOutAt')}
      />
    </>
  );
}

/** A labelled choice of a staff member. */
export function StaffSelect({
  id,
  options,
  value,
  onChange,
}: {
  id: string;
  options: { staffId: number; label: string }[];
  value: string;
  onChange(staffId: string): void;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        職員<span className="field__required">必須</span>
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.staffId} value={o.staffId}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
