import { flowKeySchema } from '@tongban/flow-model';
import { z } from 'zod';

export const catalogCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'code 只能包含字母、数字、点、下划线和连字符（至多 100 个字符）');

const days = z.number().int().min(0).max(3650);

/** The item's fields as an administrator sends them; the center is the administrator's own. */
export const catalogItemInputSchema = z.object({
  code: catalogCodeSchema,
  name: z.string().trim().min(1).max(200),
  department: z.string().trim().min(1).max(100),
  legalBasis: z.string().trim().min(1).max(2000),
  /** Checked against the flow's acceptance node, whose list is what is stored. */
  materials: z
    .array(z.object({ code: z.string().min(1), name: z.string().optional(), required: z.boolean().optional() }))
    .refine((list) => new Set(list.map((m) => m.code)).size === list.length, '材料编码不得重复')
    .optional(),
  flowKey: flowKeySchema,
  statutoryDays: days,
  promisedDays: days,
  fees: z.string().trim().min(1).max(500).default('不收费'),
  windowAuthority: z.string().trim().max(500).default(''),
  /** §42 ¶2: handled jointly (联合办理); an extension may then reach 15 working days. */
  jointHandling: z.boolean().default(false),
});

/** PUT replaces every field; `code` may be left out but, if given, must be the path's. */
export const catalogItemUpdateSchema = catalogItemInputSchema.extend({ code: catalogCodeSchema.optional() });

export const catalogQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  center: z.string().trim().min(1).max(100).optional(),
  /** Also list retired items (for the administration screens); the public catalog leaves them out. */
  includeRetired: z.enum(['true', 'false']).optional(),
});

export { catalogItemQuerySchema } from '@tongban/api-contract';

export type CatalogItemInput = z.infer<typeof catalogItemInputSchema>;
export type CatalogItemFields = Omit<CatalogItemInput, 'code'>;
export type CatalogQuery = z.infer<typeof catalogQuerySchema>;
