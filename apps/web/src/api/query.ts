import { type QueryKey, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type ApiError, newIdempotencyKey } from './client';
import { isTransient } from './queryClient';

/**
 * The cache key of a GET path: its segments, then its query string as an object. Invalidating a prefix
 * (`['applications', id]`) refreshes every read under it.
 */
export function keyOf(path: string): QueryKey {
  const [pathname, search = ''] = path.split('?');
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(search));
  return Object.keys(params).length ? [...segments, params] : segments;
}

/** A GET of the API as a TanStack query: `useQuery(apiQuery<CatalogItem[]>('/catalog'))`. */
export function apiQuery<T>(path: string) {
  return queryOptions({
    queryKey: keyOf(path),
    queryFn: ({ signal }) => api<T>(path, { signal }),
  });
}

/** Appends the defined values of `params` to `path` as a query string. */
export function withQuery(path: string, params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export interface CommandRequest {
  path: string;
  method?: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
}

export interface CommandOptions<TInput, TResult> {
  request: (input: TInput) => CommandRequest;
  /** Cache prefixes a success makes stale. */
  invalidates?: QueryKey[] | ((result: TResult, input: TInput) => QueryKey[]);
  /** The route applies a repeated Idempotency-Key once, so a transient failure may be retried. */
  idempotent?: boolean;
}

interface Attempt<TInput> {
  input: TInput;
  idempotencyKey: string;
}

/**
 * A command (POST/PUT/DELETE) as a TanStack mutation. Every call carries a fresh Idempotency-Key that its
 * retries reuse, and a success invalidates the reads it changed.
 */
export function useCommand<TInput = void, TResult = unknown>(options: CommandOptions<TInput, TResult>) {
  const client = useQueryClient();
  const mutation = useMutation<TResult, ApiError, Attempt<TInput>>({
    mutationFn: ({ input, idempotencyKey }) => {
      const { path, method = 'POST', body, headers } = options.request(input);
      return api<TResult>(path, { method, body, headers, idempotencyKey });
    },
    retry: (failures, error) => Boolean(options.idempotent) && failures < 3 && isTransient(error),
    onSuccess: async (result, { input }) => {
      const keys =
        typeof options.invalidates === 'function' ? options.invalidates(result, input) : (options.invalidates ?? []);
      await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
  return {
    run: (input: TInput) => mutation.mutateAsync({ input, idempotencyKey: newIdempotencyKey() }),
    pending: mutation.isPending,
    error: mutation.error,
    data: mutation.data,
    reset: mutation.reset,
  };
}
