import type { Page } from '@tongban/api-contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiQuery, withQuery } from '../../api/query';

/** The inbox's search row: receipt number, applicant and the day range of submission or arrival. */
export interface InboxSearch {
  receiptNo?: string;
  applicant?: string;
  from?: string;
  to?: string;
}

export interface PageState {
  page: number;
  pageSize: number;
  sort?: string;
  order?: 'asc' | 'desc';
}

/** Workbench lists refresh by themselves (ux-portal.md B2); focus refetch is TanStack's default. */
export const LIVE = 30_000;

/**
 * A server-paginated list (`{ items, total }` with `page`/`pageSize`). A server that still answers the plain array
 * (before the paginated contract) is paged, searched and sorted here, so the inbox works against either.
 */
export function usePagedList<T extends object>(
  path: string,
  base: Record<string, string>,
  search: InboxSearch,
  state: PageState,
  fields: { receiptNo(row: T): string; applicant(row: T): string[]; day(row: T): string | null },
  enabled = true,
  /** Rows a plain-array answer holds that the list is not about (a paged answer is already the server's choice). */
  keep: (row: T) => boolean = () => true,
) {
  const query = useQuery({
    ...apiQuery<Page<T> | T[]>(withQuery(path, { ...base, ...search, ...state })),
    enabled,
    refetchInterval: LIVE,
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  if (!data || !Array.isArray(data)) return { query, rows: data?.items ?? [], total: data?.total ?? 0 };
  const wanted = (text: string | undefined, values: string[]) =>
    !text?.trim() || values.some((value) => value.toLowerCase().includes(text.trim().toLowerCase()));
  const day = (row: T) => fields.day(row)?.slice(0, 10) ?? '';
  const matching = data.filter(
    (row) =>
      keep(row) &&
      wanted(search.receiptNo, [fields.receiptNo(row)]) &&
      wanted(search.applicant, fields.applicant(row)) &&
      (!search.from || day(row) >= search.from) &&
      (!search.to || day(row) <= search.to),
  );
  if (state.sort) {
    const key = state.sort as keyof T;
    const sign = state.order === 'desc' ? -1 : 1;
    matching.sort((a, b) => sign * String(a[key] ?? '').localeCompare(String(b[key] ?? '')));
  }
  const start = (state.page - 1) * state.pageSize;
  return { query, rows: matching.slice(start, start + state.pageSize), total: matching.length };
}
