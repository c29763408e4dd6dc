import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { apiQuery } from '../api/query';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload(): Promise<void>;
}

/**
 * @deprecated Transitional: the old hook's shape over TanStack Query while the faces move to `useQuery(apiQuery(…))`.
 * Issue 15 deletes it once no page uses it.
 */
export function useApi<T>(path: string | null): Loaded<T> {
  const query = useQuery({ ...apiQuery<T>(path ?? '/'), enabled: path !== null });
  return {
    data: query.data,
    error:
      query.error instanceof ApiError
        ? query.error
        : query.error
          ? new ApiError(0, 'NETWORK', String(query.error))
          : null,
    loading: path !== null && query.isPending,
    reload: async () => {
      await query.refetch();
    },
  };
}
