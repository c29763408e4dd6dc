import type { CatalogItemEntity, CatalogMaterial } from '../entities/catalog-item.entity';

export interface CatalogItemDto {
  code: string;
  name: string;
  department: string;
  legalBasis: string;
  materials: CatalogMaterial[];
  flowKey: string;
  statutoryDays: number;
  promisedDays: number;
  fees: string;
  windowAuthority: string;
  jointHandling: boolean;
  centerId: string;
  updatedAt: string;
}

export const toCatalogItemDto = (item: CatalogItemEntity): CatalogItemDto => ({
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
});
