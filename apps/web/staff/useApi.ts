import { useCallback, useEffect, useState } from 'react';
import { api, messageOf } from '../shared/api';

/** Loads a GET resource; `reload` fetches it again after an action changed it. */
export function useApi<T>(path: string | null) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    if (!path) return;
    try {
      setData(await api<T>('GET', path));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [path]);
  useEffect(() => {
    void load();
  }, [load]);
  return { data, error, reload: load };
}
