import { useMemo } from 'react';
import { Loading, Notice, PageTitle } from '../../shared/components';
import { Link } from '../../shared/router';
import type { DefinitionKey, FormDef } from '../types';
import { useApi } from '../useApi';

/** Forms first (what most staff look for), then every workflow with an active version. */
export function CataloguePage() {
  const definitions = useApi<DefinitionKey[]>('/api/workflow/definitions');
  const forms = useApi<FormDef[]>('/api/workflow/forms');
  const active = useMemo(
    () => new Map((definitions.data ?? []).filter((d) => d.activeVersion !== null).map((d) => [d.processKey, d])),
    [definitions.data],
  );
  const startableForms = (forms.data ?? []).filter((f) => active.has(f.processKey));
  const error = definitions.error ?? forms.error;
  return (
    <>
      <PageTitle title="新規申請">新規申請</PageTitle>
      {error && <Notice kind="error">{error}</Notice>}
      {(!definitions.data || !forms.data) && !error && <Loading />}
      {startableForms.length > 0 && (
        <section aria-labelledby="forms-heading">
          <h2 id="forms-heading">申請様式から申請する</h2>
          <ul>
            {startableForms.map((f) => {
              const process = active.get(f.processKey);
              return (
                <li key={f.formKey}>
                  <Link href={`/staff/new/form/${encodeURIComponent(f.formKey)}`}>{f.name}</Link>{' '}
                  <small>（{process?.name ?? f.processKey}の経路で回ります）</small>
                  {f.description && (
                    <>
                      <br />
                      <small>{f.description}</small>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section aria-labelledby="processes-heading">
        <h2 id="processes-heading">ワークフローを選んで申請する</h2>
        <ul>
          {[...active.values()].map((d) => (
            <li key={d.processKey}>
              <Link href={`/staff/new/${encodeURIComponent(d.processKey)}`}>{d.name ?? d.processKey}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
