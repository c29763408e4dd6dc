import type { FlowDefinition } from '@tongban/flow-model';
import { apiQuery, useCommand } from '../../api/query';

import type { FlowStatus, FlowSummary, VersionDetail, VersionSummary } from '@tongban/api-contract';

const path = (key: string) => `/definitions/${encodeURIComponent(key)}`;

/** Every read of the Flow definitions routes lives under this cache prefix. */
export const DEFINITIONS_KEY = ['definitions'];

/** The Flow definitions routes of the API contract as TanStack queries. */
export const flowQueries = {
  list: () => apiQuery<FlowSummary[]>('/definitions'),
  latest: (key: string) => apiQuery<VersionDetail>(path(key)),
  versions: (key: string) => apiQuery<VersionSummary[]>(`${path(key)}/versions`),
  // A stored version never changes its definition: cached for the session.
  version: (key: string, version: number): ReturnType<typeof apiQuery<VersionDetail>> => ({
    ...apiQuery<VersionDetail>(`${path(key)}/versions/${version}`),
    staleTime: Infinity,
  }),
};

/** Saves a definition as the newest draft of its key. */
export function useSaveDraft() {
  return useCommand<FlowDefinition, FlowStatus>({
    request: (flow) => ({ path: '/definitions', body: flow }),
    invalidates: [DEFINITIONS_KEY],
  });
}

export interface PublishInput {
  key: string;
  version: number;
  /** 版本说明, kept with the version. */
  note?: string;
}

/** Publishes one version of a flow with the publisher's note. */
export function usePublish() {
  return useCommand<PublishInput, FlowStatus>({
    request: ({ key, version, note }) => ({ path: `${path(key)}/publish`, body: { version, note: note || undefined } }),
    invalidates: [DEFINITIONS_KEY],
  });
}
