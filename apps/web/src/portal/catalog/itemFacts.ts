import type { CatalogItem } from '@tongban/api-contract';
import { tf } from '../../shared-ui/format';
import { t } from '../../i18n/t';

/** 即办件 (decided on the spot) or 承诺件 (decided within a promised limit). */
export const itemKind = (item: CatalogItem) =>
  t(item.promisedDays === 0 ? 'portal.kind.instant' : 'portal.kind.promised');

export const promisedText = (item: CatalogItem) =>
  item.promisedDays === 0 ? t('portal.limit.onTheSpot') : tf('portal.limit.days', { days: item.promisedDays });

export const statutoryText = (item: CatalogItem) => tf('portal.limit.days', { days: item.statutoryDays });
