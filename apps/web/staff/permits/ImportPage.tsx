import { useId, useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Notice, PageTitle } from '../../shared/components';
import { Link } from '../../shared/router';

interface ImportReport {
  imported: { row: number; id: number; permitNumber: string }[];
  rejected: { row: number; permitNumber: string; reasons: string[] }[];
}

const COLUMNS =
  '許可番号, 許可日, 区分コード, 占用者, 占用者住所, 連絡先, 場所, 路線名, 位置, 数量, 始期, 終期, 項目, PDFファイル名';

/** 過去の許可の取込: the old register as CSV with its scanned permits, and a report of every row left out and why. */
export function ImportPage() {
  const csvId = useId();
  const filesId = useId();
  const [csv, setCsv] = useState<File | undefined>();
  const [scans, setScans] = useState<File[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setReport(null);
    if (!csv) return setError('CSVファイルを選んでください。');
    const form = new FormData();
    form.append('csv', csv, csv.name);
    for (const scan of scans) form.append('files', scan, scan.name);
    setBusy(true);
    try {
      setReport(await api<ImportReport>('POST', '/api/permits/imports', { form }));
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const csvError = error instanceof ApiError ? error.fieldMessage('csv') : undefined;

  return (
    <>
      <PageTitle title="過去の許可の取込">過去の許可の取込</PageTitle>
      <p>これまでの台帳をCSV（UTF-8またはShift_JIS）で、許可書のスキャンPDFと一緒に取り込みます。列：{COLUMNS}</p>
      <form onSubmit={submit} noValidate>
        <div className={`field${csvError ? ' field--error' : ''}`}>
          <label htmlFor={csvId} className="field__label">
            台帳のCSV<span className="field__required">必須</span>
          </label>
          <input
            id={csvId}
            type="file"
            className="input"
            accept=".csv,text/csv"
            aria-invalid={csvError ? true : undefined}
            onChange={(e) => setCsv(e.target.files?.[0])}
          />
          {csvError && <p className="field__error">{csvError}</p>}
        </div>
        <div className="field">
          <label htmlFor={filesId} className="field__label">
            許可書のスキャンPDF（複数選択できます）
          </label>
          <input
            id={filesId}
            type="file"
            className="input"
            accept="application/pdf,.pdf"
            multiple
            onChange={(e) => setScans([...(e.target.files ?? [])])}
          />
        </div>
        {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            取り込む
          </button>
        </div>
      </form>
      {report && <ImportResult report={report} />}
    </>
  );
}

function ImportResult({ report }: { report: ImportReport }) {
  return (
    <section aria-labelledby="import-result-heading">
      <h2 id="import-result-heading">取込の結果</h2>
      <Notice kind={report.rejected.length > 0 ? 'info' : 'success'}>
        {report.imported.length}件を取り込みました。{report.rejected.length}件は取り込めませんでした。
      </Notice>
      {report.rejected.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>取り込めなかった行</caption>
            <thead>
              <tr>
                <th scope="col">行</th>
                <th scope="col">許可番号</th>
                <th scope="col">理由</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>{r.permitNumber || '—'}</td>
                  <td>{r.reasons.join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.imported.length > 0 && (
        <ul>
          {report.imported.map((r) => (
            <li key={r.row}>
              {r.row}行目：<Link href={`/staff/permits/applications/${r.id}`}>{r.permitNumber}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
