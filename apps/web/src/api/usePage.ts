import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@tongban/api-contract';
import { apiQuery, withQuery } from './query';

/** Lists a person watches refresh by themselves (ux-portal.md B2); focus refetch is TanStack's default. */
export const LIVE = 30_000;

/** Which page of a list, and its order (`?page=&pageSize=&sort=&order=`). */
export interface PageState {
  page: number;
  pageSize: number;
  sort?: string;
  order?: 'asc' | 'desc';
}

/** The search row of the staff lists: receipt number, applicant and a day range. */
export interface ListSearch {
  receiptNo?: string;
  applicant?: string;
  from?: string;
  to?: string;
}

type Filters = Record<string, string | undefined>;

/** The GET path of one page: `page` and `pageSize` always, so the route answers `{ items, total }`. */
export function pagePath(path: string, state: PageState, filters: Filters = {}): string {
  return withQuery(path, { ...filters, ...state });
}

/** One page of a server-paginated list route; the previous page stays on screen while the next one loads. */
export function usePage<T>(
  path: string,
  state: PageState,
  filters: Filters = {},
  options: { enabled?: boolean; live?: boolean } = {},
) {
  return useQuery({
    ...apiQuery<Page<T>>(pagePath(path, state, filters)),
    enabled: options.enabled ?? true,
    refetchInterval: options.live ? LIVE : false,
    placeholderData: keepPreviousData,
  });
}
