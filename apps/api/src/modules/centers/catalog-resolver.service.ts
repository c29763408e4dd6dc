import { Injectable } from '@nestjs/common';
import { type CatalogResolution, resolveCatalogCenter } from '@tongban/flow-engine';
import { DataSource } from 'typeorm';
import { ApiException } from '../../common/api-exception';
import { DefaultCenter } from '../calendar/default-center.service';

/** Who is asking for an item by its code: a center it names, and its own center when signed in. */
export interface CatalogLookup {
  requested?: string | null;
  caller?: string | null;
}

/**
 * Finds which center's item a catalog code names (`resolveCatalogCenter`): codes are unique within a center only.
 * 404 CATALOG_ITEM_NOT_FOUND when there is none; 409 CATALOG_CODE_AMBIGUOUS when several other centers hold the
 * code and the caller named none of them.
 */
@Injectable()
export class CatalogResolver {
  constructor(
    private readonly db: DataSource,
    private readonly defaultCenter: DefaultCenter,
  ) {}

  async centerOf(code: string, lookup: CatalogLookup): Promise<string> {
    const rows: { centerId: string }[] = await this.db.query(
      `SELECT center_id AS "centerId" FROM catalog_item WHERE code = $1`,
      [code],
    );
    return this.choose(
      code,
      rows.map((row) => row.centerId),
      lookup,
    );
  }

  /** The same choice over holders the caller already read (a submit reads the rows themselves). */
  async choose(code: string, holders: string[], lookup: CatalogLookup): Promise<string> {
    const resolution = await this.resolve(holders, lookup);
    if ('centerId' in resolution) return resolution.centerId;
    if (resolution.refusal === 'ambiguous') throw catalogCodeAmbiguous(code, resolution.centers);
    throw catalogItemNotFound(code, lookup.requested);
  }

  async resolve(holders: string[], lookup: CatalogLookup): Promise<CatalogResolution> {
    // The default center matters only when more than one center holds the code.
    const fallback = holders.length > 1 ? await this.defaultCenter.id().catch(() => null) : null;
    return resolveCatalogCenter({ holders, ...lookup, fallback });
  }
}

export const catalogItemNotFound = (code: string, center?: string | null) =>
  new ApiException(
    404,
    'CATALOG_ITEM_NOT_FOUND',
    center ? `事项 ${code} 不存在或不属于中心 ${center}` : `事项 ${code} 不存在`,
  );

export const catalogCodeAmbiguous = (code: string, centers: string[]) =>
  new ApiException(
    409,
    'CATALOG_CODE_AMBIGUOUS',
    `多个政务服务中心都有事项 ${code}，请指明中心（?center= 或 centerId）`,
    { code, centers },
  );
