import { useState } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';
import type { ClerkApplicationDetail } from '../../portal/permits/types';

/**
 * One review action on a case: its call, its busy state and its error (with the API's per-field messages);
 * `onDone` reloads the case once it succeeded.
 */
export function useCaseAction(onDone: () => void) {
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (method: string, path: string, body: unknown): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await api(method, path, { body });
      onDone();
      return true;
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return {
    run,
    busy,
    error,
    message: error instanceof ApiError ? error.message : error,
    fieldError: (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined),
  };
}

/** What each review section of the case view is given: the case, whether it may still change, and a reload. */
export interface CaseSectionProps {
  application: ClerkApplicationDetail;
  editable: boolean;
  onChanged: () => void;
}
