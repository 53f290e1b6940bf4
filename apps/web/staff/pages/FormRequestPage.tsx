import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import { Loading, Notice, PageTitle } from '../../shared/components';
import { navigate } from '../../shared/router';
import { FormFields, type FormValues } from '../FormFields';
import type { FormDef } from '../types';
import { useApi } from '../useApi';

/** Fills in an admin-defined form; the server checks the values and starts the form's workflow. */
export function FormRequestPage({ formKey }: { formKey: string }) {
  const form = useApi<FormDef>(`/api/workflow/forms/${encodeURIComponent(formKey)}`);
  const [values, setValues] = useState<FormValues>({});
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);

  if (form.error) return <Notice kind="error">{form.error}</Notice>;
  if (!form.data) return <Loading />;
  const definition = form.data;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const started = await api<{ id: number }>(
        'POST',
        `/api/workflow/forms/${encodeURIComponent(formKey)}/submissions`,
        { body: { values } },
      );
      navigate(`/staff/cases/${started.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="narrow">
      <PageTitle title={`${definition.name}の申請`}>{definition.name}</PageTitle>
      {definition.description && <p>{definition.description}</p>}
      <form onSubmit={submit} noValidate>
        <FormFields
          fields={definition.fields}
          values={values}
          onChange={setValues}
          errorOf={(key) => (error instanceof ApiError ? error.fieldMessage(`values.${key}`) : undefined)}
        />
        {error && <Notice kind="error">{error instanceof ApiError ? error.message : error}</Notice>}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            申請する
          </button>
        </div>
      </form>
    </div>
  );
}
