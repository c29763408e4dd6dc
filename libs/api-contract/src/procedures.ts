import type { FlowDefinition, FlowError } from '@tongban/flow-model';
import { z } from 'zod';
import { instant, obj } from './common';

/** A flow definition travels as the flow-model's own document (validated by the flow-model, not here). */
export const flowDefinitionDoc = z.custom<FlowDefinition>(
  (value) => typeof value === 'object' && value !== null && Array.isArray((value as { nodes?: unknown }).nodes),
  '流程定义应为对象',
);

/** `GET /api/catalog/{code}/flow`, `GET /api/applications/{id}/flow`: the public flow (assignees left out). */
export const procedureSchema = obj({
  flowKey: z.string(),
  flowVersion: z.number().int(),
  name: z.string(),
  definition: flowDefinitionDoc,
  /** Department code → name in the item's center, so the applicant sees names, not codes. */
  departmentNames: z.record(z.string(), z.string()),
});
export type Procedure = z.infer<typeof procedureSchema>;

export const flowVersionStatusSchema = z.enum(['draft', 'published', 'retired']);
export type VersionStatus = z.infer<typeof flowVersionStatusSchema>;

/** `POST /api/definitions`, `POST /api/definitions/{key}/publish`. */
export const flowStatusSchema = obj({ key: z.string(), version: z.number().int(), status: flowVersionStatusSchema });
export type FlowStatus = z.infer<typeof flowStatusSchema>;

/** `GET /api/definitions`: one row per flow. */
export const flowSummarySchema = obj({
  key: z.string(),
  name: z.string(),
  latestVersion: z.number().int(),
  /** Status of the latest version. */
  status: flowVersionStatusSchema,
  /** The published version new applications use (the highest published one), or null. */
  publishedVersion: z.number().int().nullable(),
  updatedAt: instant,
  /** The center the flow belongs to; null for a flow shipped with the system (it belongs to the deployment). */
  centerId: z.string().nullable(),
  /** The caller's center may save, publish and restore it (its own or a child's); false: it may only use it. */
  editable: z.boolean(),
});
export type FlowSummary = z.infer<typeof flowSummarySchema>;

/** `GET /api/definitions/{key}/versions`. */
export const versionSummarySchema = obj({
  key: z.string(),
  version: z.number().int(),
  status: flowVersionStatusSchema,
  name: z.string(),
  checksum: z.string(),
  /** True for the one published version new applications start on. */
  current: z.boolean(),
  /** A username, or for a shipped flow the file it came from (`workflows/….json`). */
  createdBy: z.string().nullable(),
  /** The author's name; null for a shipped flow or an unknown username. */
  createdByName: z.string().nullable(),
  /** The version came from a file shipped with the system (系统内置), not from a person. */
  shipped: z.boolean(),
  createdAt: instant,
  publishedAt: instant.nullable(),
  publishedBy: z.string().nullable(),
  publishedByName: z.string().nullable(),
  /** 版本说明 written when publishing; null if none. */
  note: z.string().nullable(),
  /** The center the flow belongs to (null: shipped with the system). */
  centerId: z.string().nullable(),
  /** The caller's center may change the flow; false: a parent's flow it may only use (published versions only). */
  editable: z.boolean(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

/** `GET /api/definitions/{key}`, `GET /api/definitions/{key}/versions/{version}`. */
export const versionDetailSchema = obj({
  ...versionSummarySchema.shape,
  definition: flowDefinitionDoc,
  /** A draft's validation errors against the caller's center (what publishing would refuse). */
  errors: z.array(z.custom<FlowError>()).optional(),
});
export type VersionDetail = z.infer<typeof versionDetailSchema>;
