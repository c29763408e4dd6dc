import type { FlowDefinition } from '@tongban/flow-model';
import { api } from '../../api/client';

export type VersionStatus = 'draft' | 'published' | 'retired';

export interface FlowStatus {
  key: string;
  version: number;
  status: VersionStatus;
}

export interface FlowSummary {
  key: string;
  name: string;
  latestVersion: number;
  status: VersionStatus;
  publishedVersion: number | null;
  updatedAt: string;
}

export interface VersionSummary extends FlowStatus {
  name: string;
  checksum: string;
  current: boolean;
  createdBy: string | null;
  createdAt: string;
  publishedAt: string | null;
}

export interface VersionDetail extends VersionSummary {
  definition: FlowDefinition;
}

const path = (key: string) => `/definitions/${encodeURIComponent(key)}`;

/** The Flow definitions routes of the API contract, typed. */
export const flowApi = {
  list: () => api<FlowSummary[]>('/definitions'),
  latest: (key: string) => api<VersionDetail>(path(key)),
  versions: (key: string) => api<VersionSummary[]>(`${path(key)}/versions`),
  version: (key: string, version: number) => api<VersionDetail>(`${path(key)}/versions/${version}`),
  saveDraft: (flow: FlowDefinition) => api<FlowStatus>('/definitions', { body: flow }),
  publish: (key: string, version: number) => api<FlowStatus>(`${path(key)}/publish`, { body: { version } }),
};
