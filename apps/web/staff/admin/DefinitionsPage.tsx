import { useState } from 'react';
import { api, messageOf } from '../../shared/api';
import { DateText, Loading, Notice, PageTitle } from '../../shared/components';
import { Link } from '../../shared/router';
import type { DefinitionKey, DefinitionVersion } from '../types';
import { useApi } from '../useApi';

function Versions({ processKey, onChanged }: { processKey: string; onChanged: () => void }) {
  const { data, error, reload } = useApi<DefinitionVersion[]>(
    `/api/workflow/definitions/${encodeURIComponent(processKey)}/versions`,
  );
  const [actionError, setActionError] = useState<string | null>(null);
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data) return <Loading />;
  const activate = async (version: number) => {
    setActionError(null);
    try {
      await api('POST', `/api/workflow/definitions/${encodeURIComponent(processKey)}/versions/${version}/activate`);
      await reload();
      onChanged();
    } catch (e) {
      setActionError(messageOf(e));
    }
  };
  return (
    <>
      {actionError && <Notice kind="error">{actionError}</Notice>}
      <table>
        <caption className="visually-hidden">{processKey} の版</caption>
        <thead>
          <tr>
            <th scope="col">版</th>
            <th scope="col">名前</th>
            <th scope="col">登録日時</th>
            <th scope="col">状態</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {[...data].reverse().map((v) => (
            <tr key={v.id}>
              <td>第{v.version}版</td>
              <td>{v.name ?? ''}</td>
              <td>
                <DateText value={v.deployedAt} withTime />
              </td>
              <td>{v.active ? '有効' : ''}</td>
              <td>
                <Link href={`/staff/admin/modeler?key=${encodeURIComponent(processKey)}&version=${v.version}`}>
                  第{v.version}版を開く
                </Link>
                {!v.active && (
                  <button type="button" className="button button--text" onClick={() => void activate(v.version)}>
                    第{v.version}版を有効にする
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Every workflow with its versions: open one in the modeler, make one active. */
export function DefinitionsPage() {
  const { data, error, reload } = useApi<DefinitionKey[]>('/api/workflow/definitions');
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <PageTitle title="ワークフロー管理">ワークフロー管理</PageTitle>
      <p>
        <Link href="/staff/admin/modeler" className="button">
          新しいワークフローを作る
        </Link>{' '}
        <Link href="/staff/admin/instances" className="button button--secondary">
          案件モニター
        </Link>{' '}
        <Link href="/staff/admin/delegation-tables" className="button button--secondary">
          専決表
        </Link>{' '}
        <Link href="/staff/admin/forms" className="button button--secondary">
          申請様式
        </Link>
      </p>
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <Loading />}
      {data?.map((d) => (
        <section key={d.processKey} aria-labelledby={`def-${d.processKey}`}>
          <h2 id={`def-${d.processKey}`}>
            {d.name ?? d.processKey} <small>（{d.processKey}）</small>
          </h2>
          <p>
            最新: 第{d.latestVersion}版 / 有効: {d.activeVersion !== null ? `第${d.activeVersion}版` : 'なし'} / 全
            {d.versionCount}版
          </p>
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={open === d.processKey}
            onClick={() => setOpen(open === d.processKey ? null : d.processKey)}
          >
            版の一覧
          </button>
          {open === d.processKey && <Versions processKey={d.processKey} onChanged={() => void reload()} />}
        </section>
      ))}
    </>
  );
}
