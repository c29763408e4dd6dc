import type { FlowDefinition, FlowError } from '@tongban/flow-model';
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
}

/** Who saved and who published versions: usernames with their people's names. */
export type AuthorNames = ReadonlyMap<string, string>;

/** Flows published or drafted at start-up from `workflows/*.json` record that file as their author. */
export const SHIPPED_SOURCE = /^workflows\//;

export interface FlowSummaryDto {
  key: string;
  name: string;
  latestVersion: number;
  /** Status of the latest version. */
  status: FlowDefinitionStatus;
  /** The published version new applications use (the highest published one), or null. */
  publishedVersion: number | null;
  updatedAt: string;
}

export interface FlowVersionSummaryDto {
  key: string;
  version: number;
  status: FlowDefinitionStatus;
  name: string;
  checksum: string;
  /** True for the one published version new applications start on. */
  current: boolean;
  /** A username, or for a shipped flow the file it came from (`workflows/….json`). */
  createdBy: string | null;
  /** The author's name; null for a shipped flow or an unknown username. */
  createdByName: string | null;
  /** The version came from a file shipped with the system (系统内置), not from a person. */
  shipped: boolean;
  createdAt: string;
  publishedAt: string | null;
  publishedBy: string | null;
  publishedByName: string | null;
  /** 版本说明 written when publishing; null if none. */
  note: string | null;
}

export interface FlowVersionDto extends FlowVersionSummaryDto {
  definition: FlowDefinition;
  /** A draft's validation errors against the caller's center (what publishing would refuse); [] otherwise. */
  errors?: FlowError[];
}

export interface FlowStatusDto {
  key: string;
  version: number;
  status: FlowDefinitionStatus;
}

export const toFlowStatusDto = ({ key, version, status }: FlowVersion): FlowStatusDto => ({ key, version, status });

const nameOf = (names: AuthorNames, username: string | null) => (username ? (names.get(username) ?? null) : null);

export const toFlowVersionSummaryDto = (
  flow: FlowVersion,
  currentVersion: number | null,
  names: AuthorNames = new Map(),
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
});

export const toFlowVersionDto = (
  flow: FlowVersion,
  currentVersion: number | null,
  names: AuthorNames = new Map(),
): FlowVersionDto => ({
  ...toFlowVersionSummaryDto(flow, currentVersion, names),
  definition: flow.definition,
});
