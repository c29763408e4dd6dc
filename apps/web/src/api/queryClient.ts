import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/** Worth asking again: the server said it is busy (503), or the request never got an answer. */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 503 || error.status === 0);
}

const MAX_ATTEMPTS = 3;

/**
 * Reads retry on transient failures only: a 4xx is an answer, not an accident. Commands do not retry here;
 * `useCommand` retries the ones the server deduplicates by their Idempotency-Key.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < MAX_ATTEMPTS && isTransient(error),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
        staleTime: 5_000,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
