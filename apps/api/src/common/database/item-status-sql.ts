import { FINAL_STATUSES } from '@tongban/flow-engine';

/**
 * The lib's rule that an item is still being handled (not `isFinal`) in SQL, for queries that must filter in the
 * database: `column` holds an application status and `$param` is bound to `finalStatuses()`, the lib's list.
 */
export const isOpenSql = (column: string, param: number) => `${column} <> ALL($${param}::text[])`;

/** The value to bind to the parameter of `isOpenSql`. */
export const finalStatuses = (): string[] => [...FINAL_STATUSES];
