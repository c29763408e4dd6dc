import { FINAL_STATUSES } from '@tongban/flow-engine';

/**
 * The lib's final-status rule (`isFinal`) in SQL, for queries that must filter in the database: `column` holds an
 * application status and `$param` is bound to `finalStatuses` (the lib's list, never a copy of it).
 */
export const isFinalSql = (column: string, param: number) => `${column} = ANY($${param}::text[])`;

/** The negation of `isFinalSql`: the item is still being handled. */
export const isOpenSql = (column: string, param: number) => `${column} <> ALL($${param}::text[])`;

/** The value to bind to the parameter of `isFinalSql` and `isOpenSql`. */
export const finalStatuses = (): string[] => [...FINAL_STATUSES];
