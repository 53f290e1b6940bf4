import { useState } from 'react';
import { ApiError, messageOf } from '../../shared/api';

/** A form's submission: its busy flag, the API's error (whole and per field) and the success message. */
export function useSubmission() {
  const [error, setError] = useState<ApiError | string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Runs the action; what it answers is the success message. */
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await action());
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return {
    busy,
    done,
    run,
    field: (name: string) => (error instanceof ApiError ? error.fieldMessage(name) : undefined),
    message: error instanceof ApiError ? error.message : error,
  };
}
