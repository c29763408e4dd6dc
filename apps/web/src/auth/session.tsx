import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';
import { api, ApiError, getToken, setToken } from '../api/client';

import type { SessionUser } from '@tongban/api-contract';

export type { SessionUser };

interface SessionValue {
  user: SessionUser | null;
  loading: boolean;
  login(username: string, password: string): Promise<SessionUser>;
  /** Signs in with a session the server has just issued (a registration). */
  adopt(result: { token: string; user: SessionUser }): void;
  logout(): void;
}

const SessionContext = createContext<SessionValue | null>(null);
const ME = ['auth', 'me'] as const;

/** Who is signed in; the token lives in sessionStorage so a reload keeps the session. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [token, setTokenState] = useState(getToken);
  const me = useQuery({
    queryKey: [...ME, token],
    queryFn: async () => {
      try {
        return await api<SessionUser>('/auth/me');
      } catch (error) {
        // A token the server no longer accepts is a signed-out visitor, not an error page.
        if (error instanceof ApiError && error.status === 401) {
          setToken(null);
          setTokenState(null);
          return null;
        }
        throw error;
      }
    },
    enabled: token !== null,
    staleTime: Infinity,
  });

  const adopt = useCallback(
    (result: { token: string; user: SessionUser }) => {
      setToken(result.token);
      client.setQueryData([...ME, result.token], result.user);
      setTokenState(result.token);
    },
    [client],
  );

  const login = useCallback(
    async (username: string, password: string) => {
      const result = await api<{ token: string; user: SessionUser }>('/auth/login', { body: { username, password } });
      adopt(result);
      return result.user;
    },
    [adopt],
  );

  const logout = useCallback(() => {
    // The server revokes the token (every session of the user ends); signing out here does not wait for it.
    if (getToken()) void api('/auth/logout', { method: 'POST' }).catch(() => undefined);
    setToken(null);
    setTokenState(null);
    // Another person may sign in next at the same window: nothing of this one's stays cached.
    client.clear();
  }, [client]);

  const value: SessionValue = {
    user: token ? (me.data ?? null) : null,
    loading: token !== null && me.isPending,
    login,
    adopt,
    logout,
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
