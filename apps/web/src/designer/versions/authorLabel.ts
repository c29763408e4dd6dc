import { t } from '../../i18n/t';
import type { VersionSummary } from '@tongban/api-contract';

/** Who wrote a version, as a person reads it: a name, 系统内置 for a shipped flow, never a file path. */
export function authorLabel(version: Pick<VersionSummary, 'createdBy' | 'createdByName' | 'shipped'>): string {
  if (version.shipped) return t('designer.versions.shipped');
  return version.createdByName ?? version.createdBy ?? t('designer.versions.unknownAuthor');
}

/** Who published a version, or null for a draft. */
export function publisherLabel(
  version: Pick<VersionSummary, 'publishedBy' | 'publishedByName' | 'shipped' | 'publishedAt'>,
): string | null {
  if (!version.publishedAt) return null;
  if (version.shipped) return t('designer.versions.shipped');
  return version.publishedByName ?? version.publishedBy ?? null;
}
