import { useState, type FormEvent } from 'react';
import { api } from '../../shared/api';
import { Loading, Notice, PageTitle, TextField } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { Link, navigate } from '../../shared/router';
import { useApi } from '../useApi';
import { todayInJapan } from './dates';
import { END_ACTION_LABELS, fiscalYearLabel, RECORD_FILE_STATUS_LABELS, retentionLabel } from './labels';
import { useOrganisation } from './org';
import type { Disposal, RecordFile } from './types';
import { useSubmission } from './useSubmission';

/**
 * The yearly retention run: record files whose retention has ended on the chosen day (permanent files never
 * appear). Each is put up for its own 廃棄 or 移管 approval; the files already handled are the tombstones.
 */
export function RetentionPage() {
  const [on, setOn] = useState(todayInJapan);
  const [asked, setAsked] = useState(on);
  const ended = useApi<RecordFile[]>(`/api/documents/retention/ended?on=${asked}`);
  const org = useOrganisation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAsked(on);
  };
  return (
    <>
      <PageTitle title="保存期間満了の確認">保存期間満了の確認</PageTitle>
      <form onSubmit={submit} noValidate className="narrow">
        <TextField
          label="基準日"
          type="date"
          hint="この日に保存期間が満了している簿冊を表示します（永年保存は表示しません）。"
          value={on}
          onChange={(e) => setOn(e.target.value)}
          error={ended.error ?? undefined}
        />
        <button type="submit" className="button button--secondary">
          表示する
        </button>
      </form>
      <section aria-labelledby="ended-heading">
        <h2 id="ended-heading">{formatDate(asked)}に保存期間が満了している簿冊</h2>
        {!ended.data && !ended.error && <Loading />}
        {ended.data && ended.data.length === 0 && <p>保存期間が満了した簿冊はありません。</p>}
        {ended.data && ended.data.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">簿冊名</th>
                  <th scope="col">課</th>
                  <th scope="col">年度・保存期間</th>
                  <th scope="col">満了日</th>
                  <th scope="col">措置</th>
                </tr>
              </thead>
              <tbody>
                {ended.data.map((f) => (
                  <tr key={f.id}>
                    <td>{f.title}</td>
                    <td>{org.unitName(f.unitId)}</td>
                    <td>
                      {fiscalYearLabel(f.fiscalYear)}・{retentionLabel(f.retention)}
                    </td>
                    <td>{f.retentionEndsOn && formatDate(f.retentionEndsOn)}</td>
                    <td>
                      {f.disposalId !== null ? (
                        <Link href={`/staff/documents/disposals/${f.disposalId}`}>
                          {END_ACTION_LABELS[f.endAction]}の手続き中
                        </Link>
                      ) : (
                        <RequestDisposal file={f} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <Tombstones unitName={org.unitName} />
    </>
  );
}

/** Puts the file's 廃棄 or 移管 (its end action) up for the 課長's approval. */
function RequestDisposal({ file }: { file: RecordFile }) {
  const action = END_ACTION_LABELS[file.endAction];
  const [reason, setReason] = useState('保存期間満了のため');
  const submission = useSubmission();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const disposal = await api<Disposal>('POST', `/api/documents/file-plan/record-files/${file.id}/disposal`, {
        body: { reason },
      });
      navigate(`/staff/documents/disposals/${disposal.id}`);
      return '';
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextField
        label={`「${file.title}」の${action}の理由`}
        maxLength={400}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={submission.field('reason') ?? submission.message ?? undefined}
      />
      <button type="submit" className="button" disabled={submission.busy}>
        {action}の決裁に回す
      </button>
    </form>
  );
}

/** Files already disposed of or transferred: their record (墓標) stays, with who approved. */
function Tombstones({ unitName }: { unitName(id: number): string }) {
  const disposed = useApi<RecordFile[]>('/api/documents/file-plan/record-files?status=disposed');
  const transferred = useApi<RecordFile[]>('/api/documents/file-plan/record-files?status=transferred');
  const files = [...(disposed.data ?? []), ...(transferred.data ?? [])];
  const error = disposed.error ?? transferred.error;
  return (
    <section aria-labelledby="tombstones-heading">
      <h2 id="tombstones-heading">廃棄・移管済みの簿冊</h2>
      {error && <Notice kind="error">{error}</Notice>}
      {files.length === 0 && !error && <p>廃棄・移管済みの簿冊はありません。</p>}
      {files.length > 0 && (
        <ul>
          {files.map((f) => (
            <li key={f.id}>
              <Link href={`/staff/documents/disposals/${f.disposalId}`}>{f.title}</Link>（{unitName(f.unitId)}・
              {fiscalYearLabel(f.fiscalYear)}・{RECORD_FILE_STATUS_LABELS[f.status]}）
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
