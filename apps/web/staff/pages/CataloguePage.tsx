import { Loading, Notice, PageTitle } from '../../shared/components';
import { Link } from '../../shared/router';
import type { DefinitionKey } from '../types';
import { useApi } from '../useApi';

/** Every workflow with an active version can be started from here. */
export function CataloguePage() {
  const { data, error } = useApi<DefinitionKey[]>('/api/workflow/definitions');
  const startable = (data ?? []).filter((d) => d.activeVersion !== null);
  return (
    <>
      <PageTitle title="新規申請">新規申請</PageTitle>
      <p>申請するワークフローを選んでください。</p>
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <Loading />}
      <ul>
        {startable.map((d) => (
          <li key={d.processKey}>
            <Link href={`/staff/new/${encodeURIComponent(d.processKey)}`}>{d.name ?? d.processKey}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
