import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@tongban/api-contract';
import { apiQuery, withQuery } from '../../api/query';

/**
 * One page of a list route (`?page=&pageSize=` answers `{ items, total }`). A server that still answers the whole
 * array is paged here, so the page works against either side of the contract change.
 */
export function usePagedList<T>(path: string, page: number, pageSize: number) {
  const query = useQuery({
    ...apiQuery<Page<T> | T[]>(withQuery(path, { page, pageSize })),
    placeholderData: keepPreviousData,
  });
  return { ...query, data: query.data === undefined ? undefined : asPage(query.data, page, pageSize) };
}

/** The page as the contract answers it, or cut from a whole list that a server without pagination answered. */
export function asPage<T>(answer: Page<T> | T[], page: number, pageSize: number): Page<T> {
  return Array.isArray(answer)
    ? { items: answer.slice((page - 1) * pageSize, page * pageSize), total: answer.length }
    : answer;
}
