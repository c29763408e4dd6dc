import type { CatalogItem } from '@tongban/api-contract';
import type { CatalogItemEntity } from '../entities/catalog-item.entity';

/** The catalog item as the contract names it. */
export type CatalogItemDto = CatalogItem;

export const toCatalogItemDto = (item: CatalogItemEntity): CatalogItem => ({
  code: item.code,
  name: item.name,
  department: item.department,
  legalBasis: item.legalBasis,
  materials: item.materials.map(({ code, name, required }) => ({ code, name, required })),
  flowKey: item.flowKey,
  statutoryDays: item.statutoryDays,
  promisedDays: item.promisedDays,
  fees: item.fees,
  windowAuthority: item.windowAuthority,
  jointHandling: item.jointHandling ?? false,
  centerId: item.centerId,
  updatedAt: new Date(item.updatedAt).toISOString(),
  retiredAt: item.retiredAt ? new Date(item.retiredAt).toISOString() : null,
});
