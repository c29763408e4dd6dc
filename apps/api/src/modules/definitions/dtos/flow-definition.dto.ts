import type { FlowStatus, FlowSummary, VersionDetail, VersionSummary } from '@tongban/api-contract';
import type { FlowDefinition } from '@tongban/flow-model';
import type { FlowDefinitionStatus } from '../entities/flow-definition.entity';

/** One version of a flow, with its definition parsed (schema defaults filled in). */
export interface FlowVersion {
  key: string;
  version: number;
  status: FlowDefinitionStatus;
  name: string;
  checksum: string;
  definition: FlowDefinition;
  createdBy: string | null;
  createdAt: Date;
  publishedAt: Date | null;
  publishedBy: string | null;
  note: string | null;
  /** The center the flow belongs to; null for a shipped flow (the deployment's). */
  centerId: string | null;
}

/** Who saved and who published versions: usernames with their people's names. */
export type AuthorNames = ReadonlyMap<string, string>;

/** Flows published or drafted at start-up from `workflows/*.json` record that file as their author. */
export const SHIPPED_SOURCE = /^workflows\//;

export type FlowSummaryDto = FlowSummary;

export type FlowVersionSummaryDto = VersionSummary;

export type FlowVersionDto = VersionDetail;

export type FlowStatusDto = FlowStatus;

export const toFlowStatusDto = ({ key, version, status }: FlowVersion): FlowStatus => ({ key, version, status });

const nameOf = (names: AuthorNames, username: string | null) => (username ? (names.get(username) ?? null) : null);

export const toFlowVersionSummaryDto = (
  flow: FlowVersion,
  currentVersion: number | null,
  names: AuthorNames,
  editable: boolean,
): FlowVersionSummaryDto => ({
  key: flow.key,
  version: flow.version,
  status: flow.status,
  name: flow.name,
  checksum: flow.checksum,
  current: flow.status === 'published' && flow.version === currentVersion,
  createdBy: flow.createdBy,
  createdByName: nameOf(names, flow.createdBy),
  shipped: SHIPPED_SOURCE.test(flow.createdBy ?? ''),
  createdAt: flow.createdAt.toISOString(),
  publishedAt: flow.publishedAt?.toISOString() ?? null,
  publishedBy: flow.publishedBy,
  publishedByName: nameOf(names, flow.publishedBy),
  note: flow.note,
  centerId: flow.centerId,
  editable,
});

export const toFlowVersionDto = (
  flow: FlowVersion,
  currentVersion: number | null,
  names: AuthorNames,
  editable: boolean,
): FlowVersionDto => ({
  ...toFlowVersionSummaryDto(flow, currentVersion, names, editable),
  definition: flow.definition,
});
