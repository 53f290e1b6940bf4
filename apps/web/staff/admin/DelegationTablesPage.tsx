import { useEffect, useState } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { DateText, Loading, Notice, PageTitle, TextField } from '../../shared/components';
import { Link } from '../../shared/router';
import { useApi } from '../useApi';

interface Rule {
  businessType: string;
  minAmount: number;
  maxAmount: number | null;
  decidingPosition: string;
}

interface Table {
  tableKey: string;
  version: number;
  name: string;
  active: boolean;
  createdAt: string;
  rules: Rule[];
}

const POSITIONS: Record<string, string> = {
  mayor: '市長',
  'deputy-mayor': '副市長',
  director: '部長',
  'deputy-director': '次長',
  'section-chief': '課長',
  'assistant-chief': '課長補佐',
  'subsection-chief': '係長',
};

/** The messages the API gave for a rule (`rules.2`) or one of its fields (`rules.2.minAmount`). */
function ruleError(error: ApiError | null, index: number): string | undefined {
  if (!error) return undefined;
  const mine = error.fields.filter((f) => f.field === `rules.${index}` || f.field.startsWith(`rules.${index}.`));
  return mine.length > 0 ? mine.flatMap((f) => f.messages).join(' ') : undefined;
}

function Editor({ table, onPublished }: { table: Table; onPublished: () => void }) {
  const [name, setName] = useState(table.name);
  const [rules, setRules] = useState<Rule[]>(table.rules);
  const [error, setError] = useState<ApiError | null>(null);
  const [other, setOther] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    setName(table.name);
    setRules(table.rules);
  }, [table]);

  const set = (index: number, patch: Partial<Rule>) =>
    setRules(rules.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const amount = (text: string) => (text === '' ? null : Number(text.replace(/[^0-9]/g, '')));

  const publish = async () => {
    setError(null);
    setOther(null);
    setDone(null);
    try {
      const published = await api<Table>(
        'POST',
        `/api/workflow/delegation-tables/${encodeURIComponent(table.tableKey)}/versions`,
        { body: { name, rules } },
      );
      setDone(`第${published.version}版として公開しました。`);
      onPublished();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else setOther(messageOf(e));
    }
  };

  const tableError = error?.fieldMessage('rules') ?? (error && error.fields.length === 0 ? error.message : null);
  return (
    <section aria-labelledby={`table-${table.tableKey}`}>
      <h2 id={`table-${table.tableKey}`}>
        {table.name}（第{table.version}版、
        <DateText value={table.createdAt} />
        から）
      </h2>
      <TextField
        label="表の名前"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error?.fieldMessage('name')}
      />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{table.name} の規則</caption>
          <thead>
            <tr>
              <th scope="col">業務種別</th>
              <th scope="col">下限額（円）</th>
              <th scope="col">上限額（円）</th>
              <th scope="col">専決者</th>
              <th scope="col">問題</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule, i) => (
              <tr key={i} className={ruleError(error, i) ? 'overdue' : undefined}>
                <td>
                  <input
                    className="input"
                    aria-label={`規則${i + 1}の業務種別`}
                    value={rule.businessType}
                    onChange={(e) => set(i, { businessType: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    className="input"
                    inputMode="numeric"
                    aria-label={`規則${i + 1}の下限額`}
                    value={String(rule.minAmount)}
                    onChange={(e) => set(i, { minAmount: amount(e.target.value) ?? 0 })}
                  />
                </td>
                <td>
                  <input
                    className="input"
                    inputMode="numeric"
                    aria-label={`規則${i + 1}の上限額（空欄は上限なし）`}
                    value={rule.maxAmount === null ? '' : String(rule.maxAmount)}
                    onChange={(e) => set(i, { maxAmount: amount(e.target.value) })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`規則${i + 1}の専決者`}
                    value={rule.decidingPosition}
                    onChange={(e) => set(i, { decidingPosition: e.target.value })}
                  >
                    {Object.entries(POSITIONS).map(([code, label]) => (
                      <option key={code} value={code}>
                        {label}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="field__error">{ruleError(error, i) ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setRules([...rules, { businessType: '', minAmount: 0, maxAmount: null, decidingPosition: 'section-chief' }])
          }
        >
          規則を追加
        </button>
        <button type="button" className="button" onClick={() => void publish()}>
          新しい版として公開
        </button>
      </div>
      {tableError && <Notice kind="error">{tableError}</Notice>}
      {other && <Notice kind="error">{other}</Notice>}
      {done && <Notice kind="success">{done}</Notice>}
    </section>
  );
}

/** 専決表: who decides a matter by business type and amount; each change is a new version. */
export function DelegationTablesPage() {
  const { data, error, reload } = useApi<Table[]>('/api/workflow/delegation-tables');
  return (
    <>
      <PageTitle title="専決表">専決表</PageTitle>
      <p>
        <Link href="/staff/admin">ワークフロー管理へ戻る</Link>
      </p>
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <Loading />}
      {data?.map((table) => (
        <Editor key={table.tableKey} table={table} onPublished={() => void reload()} />
      ))}
    </>
  );
}
