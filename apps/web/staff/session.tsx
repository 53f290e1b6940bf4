import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, SESSION_EXPIRED_EVENT } from '../shared/api';
import { navigate } from '../shared/router';
import type { Me } from './types';

interface Session {
  /** undefined while the first check runs; null when logged out. */
  me: Me | null | undefined;
  /** Why the user was sent to the login page, shown there once. */
  notice: string | null;
  refresh(): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export const LOGIN_PATH = '/staff/login';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setMe(await api<Me>('GET', '/api/auth/me', { anonymous: true }));
      setNotice(null);
    } catch {
      setMe(null);
    }
  }, []);

  const logout = useCallback(async () => {
    await api('POST', '/api/auth/logout').catch(() => undefined);
    setMe(null);
    navigate(LOGIN_PATH);
  }, []);

  useEffect(() => {
    void refresh();
    // A 401 on any call means the session ended (idle timeout, logout elsewhere): back to login,
    // remembering where the user was so they return there.
    const expired = (event: Event) => {
      setMe(null);
      setNotice((event as CustomEvent<string>).detail);
      const here = window.location.pathname + window.location.search;
      if (window.location.pathname !== LOGIN_PATH) navigate(`${LOGIN_PATH}?next=${encodeURIComponent(here)}`);
    };
    window.addEventListener(SESSION_EXPIRED_EVENT, expired);
    return () => window.removeEventListener(SESSION_EXPIRED_EVENT, expired);
  }, [refresh]);

  return <SessionContext.Provider value={{ me, notice, refresh, logout }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The surfaces this listener serves, written into the page by the server. */
export function servedSurfaces(): string[] {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="ringi-surfaces"]');
  return (meta?.content ?? '').split(',').filter(Boolean);
}
