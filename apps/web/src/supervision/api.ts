import type { CardsByDay, LedgerEntry, OnTime, Page, Workload } from '@tongban/api-contract';
import { apiQuery, withQuery } from '../api/query';
import { LIVE as EVERY_30_S, type PageState } from '../api/usePage';
import type { Rating } from '@tongban/api-contract';
import type { Overview } from '@tongban/api-contract';

/** The dashboard stays live: every 30 s (and on focus, TanStack's default). */
export const LIVE = { refetchInterval: EVERY_30_S } as const;

export const overviewQuery = () => apiQuery<Overview>('/supervision/overview');
export const cardsByDayQuery = (days = 30) =>
  apiQuery<CardsByDay>(withQuery('/supervision/statistics/cards-by-day', { days }));
export const onTimeQuery = (by: 'department' | 'item') =>
  apiQuery<OnTime>(withQuery('/supervision/statistics/on-time', { by }));
export const workloadQuery = () => apiQuery<Workload>('/supervision/statistics/workload');
/** One page of the complaints (open ones first unless sorted otherwise); `answered` narrows it. */
export const complaintsQuery = (state: PageState, answered?: 'true' | 'false') =>
  apiQuery<Page<Rating>>(withQuery('/complaints', { ...state, answered }));

/** What the ledger's filter bar asks for. */
export interface LedgerFilter {
  kind?: string;
  department?: string;
  receiptNo?: string;
  from?: string;
  to?: string;
  state?: 'open' | 'closed';
}

export interface LedgerParams extends LedgerFilter {
  page: number;
  pageSize: number;
  sort?: string;
  order?: 'asc' | 'desc';
}

export const ledgerQuery = (params: LedgerParams) =>
  apiQuery<Page<LedgerEntry>>(withQuery('/supervision/ledger', { ...params }));

/** Every read under /supervision (and the complaints) — what a 销号 changes. */
export const SUPERVISION_KEYS = [['supervision'], ['complaints']];
