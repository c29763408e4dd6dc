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
}

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
  createdBy: string | null;
  createdAt: string;
  publishedAt: string | null;
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

export const toFlowVersionSummaryDto = (flow: FlowVersion, currentVersion: number | null): FlowVersionSummaryDto => ({
  key: flow.key,
  version: flow.version,
  status: flow.status,
  name: flow.name,
  checksum: flow.checksum,
  current: flow.status === 'published' && flow.version === currentVersion,
  createdBy: flow.createdBy,
  createdAt: flow.createdAt.toISOString(),
  publishedAt: flow.publishedAt?.toISOString() ?? null,
});

export const toFlowVersionDto = (flow: FlowVersion, currentVersion: number | null): FlowVersionDto => ({
  ...toFlowVersionSummaryDto(flow, currentVersion),
  definition: flow.definition,
});
