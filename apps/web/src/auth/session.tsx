import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { api, getToken, setToken } from '../api/client';

export interface SessionUser {
  id: string;
  username: string;
  name: string;
  roles: string[];
  department?: string | null;
  centerId: string;
}

interface SessionValue {
  user: SessionUser | null;
  loading: boolean;
  login(username: string, password: string): Promise<SessionUser>;
  logout(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Who is signed in; the token lives in sessionStorage so a reload keeps the session. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [loading, setLoading] = useState(Boolean(getToken()));

  useEffect(() => {
    if (!getToken()) return;
    api<SessionUser>('/auth/me')
      .then(setUser)
      .catch(() => setToken(null))
      .finally(() => setLoading(false));
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const result = await api<{ token: string; user: SessionUser }>('/auth/login', { body: { username, password } });
    setToken(result.token);
    setUser(result.user);
    return result.user;
  }, []);

  const logout = useCallback(() => {
    setToken(null);
    setUser(null);
  }, []);

  return <SessionContext.Provider value={{ user, loading, login, logout }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
