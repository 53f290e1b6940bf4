import { useState } from 'react';
import { api, ApiError, messageOf } from '../../shared/api';

/**
 * One API action of a screen: runs it, keeps its error (with the fields the API named) and a success
 * message, and tells whether it is under way, so the button can be disabled meanwhile.
 */
export function useAction() {
  const [error, setError] = useState<ApiError | string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(method: string, path: string, body: unknown, success: string | ((answer: T) => string)) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const answer = await api<T>(method, path, { body });
      setDone(typeof success === 'string' ? success : success(answer));
      return answer;
    } catch (e) {
      setError(e instanceof ApiError ? e : messageOf(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const message = error instanceof ApiError ? error.message : error;
  return { run, busy, done, message, fieldError };
}
