import type { LedgerEntry, LedgerQuery } from '@tongban/api-contract';

/** A ledger row as read, before its overdue flag. */
export type LedgerRow = Omit<LedgerEntry, 'overdue'>;

/** The columns the ledger sorts by (the contract's `LEDGER_SORTS`); ties fall back to the id. */
export const LEDGER_ORDER: Record<NonNullable<LedgerQuery['sort']>, string> = {
  at: 'e.at',
  kind: 'e.kind',
  department: 'e.department',
  receiptNo: 'a.receipt_no',
  dueDate: 'e.due_date',
};

/** The WHERE clause of the ledger's filters, with its parameters ($1: the visible centers). */
export function ledgerFilter(query: LedgerQuery, centers: string[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [centers];
  const clauses = ['e.center_id = ANY($1)'];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(`$${params.length}`));
  };
  if (query.kind) add((n) => `e.kind = ${n}`, query.kind);
  if (query.department) add((n) => `e.department = ${n}`, query.department);
  if (query.receiptNo) add((n) => `strpos(a.receipt_no, ${n}) > 0`, query.receiptNo);
  // Days of the service centers (Asia/Shanghai), both ends included.
  if (query.from) add((n) => `(e.at AT TIME ZONE 'Asia/Shanghai')::date >= ${n}::date`, query.from);
  if (query.to) add((n) => `(e.at AT TIME ZONE 'Asia/Shanghai')::date <= ${n}::date`, query.to);
  if (query.state) clauses.push(query.state === 'open' ? 'e.closed_at IS NULL' : 'e.closed_at IS NOT NULL');
  return { sql: clauses.join(' AND '), params };
}
