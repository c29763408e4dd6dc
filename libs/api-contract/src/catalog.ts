import { z } from 'zod';
import { instant, obj } from './common';

export const catalogMaterialSchema = obj({ code: z.string(), name: z.string(), required: z.boolean() });
export type CatalogMaterial = z.infer<typeof catalogMaterialSchema>;

/** `GET /api/catalog`, `GET /api/catalog/{code}`: a published item of the service catalog. */
export const catalogItemSchema = obj({
  code: z.string(),
  name: z.string(),
  department: z.string(),
  legalBasis: z.string(),
  materials: z.array(catalogMaterialSchema),
  flowKey: z.string(),
  statutoryDays: z.number().int(),
  promisedDays: z.number().int(),
  fees: z.string(),
  windowAuthority: z.string(),
  /** §42 ¶2 联合办理: one extension may reach 15 working days. */
  jointHandling: z.boolean(),
  centerId: z.string(),
  updatedAt: instant,
  /** When an administrator retired it (null: in the catalog). A retired item takes no new application. */
  retiredAt: instant.nullable(),
});
export type CatalogItem = z.infer<typeof catalogItemSchema>;

/** `?center=` on `GET/PUT/DELETE /api/catalog/{code}`: codes are unique within a center only. */
export const catalogItemQuerySchema = z.object({ center: z.string().trim().min(1).max(100).optional() });
export type CatalogItemQuery = z.infer<typeof catalogItemQuerySchema>;
