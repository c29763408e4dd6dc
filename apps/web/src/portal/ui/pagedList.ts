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
  const answer = query.data;
  const data: Page<T> | undefined = Array.isArray(answer)
    ? { items: answer.slice((page - 1) * pageSize, page * pageSize), total: answer.length }
    : answer;
  return { ...query, data };
}
