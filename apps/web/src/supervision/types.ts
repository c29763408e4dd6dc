/** TRANSITIONAL: the API's shapes live once in `@tongban/api-contract`; this file goes at merge. */
export type { Figure, Figures, LedgerEntry, Overview, RunningItem } from '@tongban/api-contract';
