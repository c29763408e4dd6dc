import type { QueryKey } from '@tanstack/react-query';
import type { CatalogItem, ChannelSettings, DeadLetter, FlowSummary, Page } from '@tongban/api-contract';
import { apiQuery, withQuery } from '../api/query';
import type { AdminDepartment, AdminUser, AuditEntry, Center, StaffPair } from './types';

export const centersQuery = () => apiQuery<Center[]>('/centers');
export const departmentsOfQuery = (center: string) =>
  apiQuery<AdminDepartment[]>(withQuery('/departments', { center }));

export interface UserSearch {
  q?: string;
  role?: string;
  department?: string;
  center?: string;
  disabled?: boolean;
}

export const usersPageQuery = (paging: { page: number; pageSize: number }, search: UserSearch) =>
  apiQuery<Page<AdminUser>>(withQuery('/users', { ...paging, ...search }));
export const pairsQuery = () => apiQuery<StaffPair[]>('/staff/pairs');
export const catalogOfQuery = (center: string) => apiQuery<CatalogItem[]>(withQuery('/catalog', { center }));
export const flowsQuery = () => apiQuery<FlowSummary[]>('/definitions');

export const channelsQuery = (center: string) =>
  apiQuery<ChannelSettings>(`/centers/${encodeURIComponent(center)}/channels`);
export const deadLettersQuery = (center: string, paging: { page: number; pageSize: number }) =>
  apiQuery<Page<DeadLetter>>(withQuery('/notifications/dead-letters', { center, ...paging }));

export interface AuditSearch {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

export const auditQuery = (paging: { page: number; pageSize: number }, search: AuditSearch) =>
  apiQuery<Page<AuditEntry>>(withQuery('/admin/audit', { ...paging, ...search }));

/** Cache prefixes each kind of change makes stale; every change also adds a line to the audit log. */
const AUDIT: QueryKey = ['admin', 'audit'];
export const ADMIN_KEYS: Record<
  'centers' | 'departments' | 'users' | 'pairs' | 'settings' | 'channels' | 'deadLetters' | 'catalog' | 'calendar',
  QueryKey[]
> = {
  centers: [['centers'], AUDIT],
  departments: [['departments'], AUDIT],
  users: [['users'], ['staff'], AUDIT],
  pairs: [['staff'], ['tasks'], AUDIT],
  settings: [['centers'], ['ratings'], AUDIT],
  channels: [['centers'], AUDIT],
  deadLetters: [['notifications', 'dead-letters']],
  catalog: [['catalog'], AUDIT],
  calendar: [['calendar'], AUDIT],
};
