import { useId, type ReactNode } from 'react';
import { formatTime } from '../../shared/format';
import { Link, useLocation } from '../../shared/router';
import { labelOf } from '../labels';
import { useSession } from '../session';
import { dayOfMonth, formatMinutes, formatMonth } from './format';
import { FLAG_LABELS, REQUEST_STATUS_LABELS, SOURCE_LABELS, UNIT_LABELS } from './labels';
import type { DayLine, LeaveKind, MonthTotals, OvertimeFinding } from './types';

const LINKS: { href: string; label: string; permission?: string }[] = [
  { href: '/staff/attendance', label: '出勤簿' },
  { href: '/staff/attendance/leave', label: '休暇' },
  { href: '/staff/attendance/overtime', label: '時間外勤務' },
  { href: '/staff/attendance/proxy', label: '代理入力', permission: 'attendance.proxy' },
  { href: '/staff/attendance/hr', label: '月次締め（人事課）', permission: 'hr.manage' },
];

/** The attendance screens' own menu; 代理入力 and 月次締め only for those who may use them. */
export function AttendanceNav() {
  const { me } = useSession();
  const { pathname } = useLocation();
  return (
    <nav aria-label="勤怠のメニュー">
      <ul className="att-subnav">
        {LINKS.filter((l) => !l.permission || me?.permissions.includes(l.permission)).map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={pathname.replace(/\/+$/, '') === l.href ? 'page' : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A table's frame: it scrolls sideways on a phone, so it is a named region that takes the keyboard focus and
 * can be scrolled by keys.
 */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={`${label}（横にスクロールできます）`}>
      {children}
    </div>
  );
}

/** A month chooser (YYYY-MM), labelled. */
export function MonthField({
  value,
  onChange,
  label = '対象の月',
}: {
  value: string;
  onChange(month: string): void;
  label?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        type="month"
        value={value}
        required
        onChange={(e) => {
          if (/^\d{4}-\d{2}$/.test(e.target.value)) onChange(e.target.value);
        }}
      />
    </div>
  );
}

const timeOf = (at: string | null, source: string | null) =>
  at ? `${formatTime(at)}${source && source !== 'self' ? `（${labelOf(SOURCE_LABELS, source)}）` : ''}` : '—';

/** The month sheet (出勤簿): one row a day with punches, leave, worked time and what needs fixing. */
export function MonthSheetTable({
  month,
  days,
  kinds,
}: {
  month: string;
  days: DayLine[];
  kinds: LeaveKind[] | undefined;
}) {
  const kindName = (code: string) => kinds?.find((k) => k.code === code)?.name ?? code;
  return (
    <TableFrame label={`${formatMonth(month)}の出勤簿`}>
      <table className="att-sheet">
        <caption>{formatMonth(month)}の出勤簿</caption>
        <thead>
          <tr>
            <th scope="col">日付</th>
            <th scope="col">出勤</th>
            <th scope="col">退勤</th>
            <th scope="col">休暇</th>
            <th scope="col">時間外・深夜</th>
            <th scope="col">要確認</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.date} className={d.working ? undefined : 'att-sheet__off'}>
              <th scope="row">
                {dayOfMonth(d.date)}
                {!d.working && <span className="visually-hidden">（勤務日でない日）</span>}
              </th>
              <td>{timeOf(d.clockInAt, d.clockInSource)}</td>
              <td>{timeOf(d.clockOutAt, d.clockOutSource)}</td>
              <td>
                {d.leave
                  .map(
                    (l) =>
                      `${kindName(l.kindCode)} ${labelOf(UNIT_LABELS, l.unit)}（${labelOf(REQUEST_STATUS_LABELS, l.status)}）`,
                  )
                  .join('、')}
              </td>
              <td>
                {d.split
                  ? [
                      d.split.weekdayOvertime > 0 && `時間外 ${formatMinutes(d.split.weekdayOvertime)}`,
                      d.split.holidayWork > 0 && `休日 ${formatMinutes(d.split.holidayWork)}`,
                      d.split.lateNight > 0 && `深夜 ${formatMinutes(d.split.lateNight)}`,
                    ]
                      .filter(Boolean)
                      .join('、')
                  : ''}
              </td>
              <td>
                {d.flags.map((f) => (
                  <span key={f} className="badge badge--overdue">
                    {labelOf(FLAG_LABELS, f)}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

/** A month's totals as payroll reads them. */
export function TotalsList({ totals, kinds }: { totals: MonthTotals; kinds: LeaveKind[] | undefined }) {
  const leave = Object.entries(totals.leaveDays);
  return (
    <dl className="summary">
      <dt>出勤日数</dt>
      <dd>{totals.daysWorked}日</dd>
      <dt>休暇</dt>
      <dd>
        {leave.length === 0
          ? 'なし'
          : leave.map(([code, days]) => `${kinds?.find((k) => k.code === code)?.name ?? code} ${days}日`).join('、')}
      </dd>
      <dt>時間外勤務（確認済み）</dt>
      <dd>
        平日 {formatMinutes(totals.overtime.weekday)}、休日 {formatMinutes(totals.overtime.holiday)}、深夜{' '}
        {formatMinutes(totals.overtime.lateNight)}
      </dd>
    </dl>
  );
}

/** The limits an overtime order reaches: warnings, and what needs the 課長's extra approval. */
export function Findings({ findings }: { findings: OvertimeFinding[] }) {
  if (findings.length === 0) return null;
  const exceeded = findings.some((f) => f.level === 'exceeded');
  return (
    <div className={`notice notice--${exceeded ? 'error' : 'info'}`} role="status">
      <p>{exceeded ? '上限を超えます。命令には理由と課長の承認が必要です。' : '上限に近づいています。'}</p>
      <ul>
        {findings.map((f) => (
          <li key={`${f.limit}-${f.span ?? ''}`}>
            {f.message}（
            {f.limit === 'monthsOver45'
              ? `${f.value}か月／${f.max}か月`
              : `${formatMinutes(f.value)}／${formatMinutes(f.max)}${f.span ? `、${f.span}か月平均` : ''}`}
            ）
          </li>
        ))}
      </ul>
    </div>
  );
}
