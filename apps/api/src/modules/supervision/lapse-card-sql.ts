import { lapseKindsOf } from '@tongban/flow-engine';

/**
 * The lib's `cardOfLapse` in SQL for a ledger row's `column` (its kind): `$yellow` and `$red` are bound to
 * `lapseCardParams()`, the kinds the lib lists per card. A kind that issues no card is NULL.
 */
export const lapseCardSql = (column: string, yellow: number, red: number) =>
  `CASE WHEN ${column} = ANY($${yellow}::text[]) THEN 'yellow' WHEN ${column} = ANY($${red}::text[]) THEN 'red' END`;

/** The values of the `$yellow` and `$red` parameters of `lapseCardSql`, in that order. */
export const lapseCardParams = (): [string[], string[]] => [lapseKindsOf('yellow'), lapseKindsOf('red')];
