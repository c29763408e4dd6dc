import { isPaged, type Page, type PageQuery, pageWindow } from '@tongban/api-contract';
import type { DataSource } from 'typeorm';
import { badRequest } from './api-exception';

/** A WHERE clause under construction: each value becomes the next `$n`. */
export class Where {
  readonly clauses: string[] = [];
  constructor(readonly params: unknown[] = []) {}

  /** The placeholder of a new parameter. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Adds `clause(placeholder)` when the value is given. */
  when<T>(value: T | undefined | null | '', clause: (placeholder: string) => string): this {
    if (value !== undefined && value !== null && value !== '') this.clauses.push(clause(this.param(value)));
    return this;
  }

  and(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  get sql(): string {
    return this.clauses.length ? this.clauses.map((clause) => `(${clause})`).join(' AND ') : 'true';
  }
}

/** `%value%` for ILIKE, with the pattern characters of the value taken literally. */
export const containing = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A submission instant's day in the centers' zone (all centers are in China). */
export const shanghaiDay = (column: string) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date`;

/**
 * ORDER BY for a `sort`/`order` from the route's whitelist (field → column), the default order otherwise; `tie`
 * makes pages stable. An unknown field is a 400, not a silent default.
 */
export function orderBy(
  query: Pick<PageQuery, 'sort' | 'order'>,
  columns: Record<string, string>,
  fallback: string,
  tie: string,
): string {
  if (!query.sort) return `${fallback}, ${tie}`;
  const column = columns[query.sort];
  if (!column) {
    throw badRequest('INVALID_SORT', `不能按 ${query.sort} 排序，可选：${Object.keys(columns).join('、')}`);
  }
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  return `${column} ${direction} NULLS LAST, ${tie}`;
}

/** `order` without `sort` means nothing to sort by: refused like an unknown field. */
export function assertSortable(query: Pick<PageQuery, 'sort' | 'order' | 'page' | 'pageSize'>): void {
  if (query.order && !query.sort) throw badRequest('INVALID_SORT', 'order 须与 sort 一起使用');
  if ((query.page === undefined) !== (query.pageSize === undefined)) {
    throw badRequest('INVALID_PAGE', 'page 与 pageSize 须同时提供');
  }
}

/**
 * One page of `select … from … where … order by` with LIMIT/OFFSET, and the total from a count over the same
 * rows (both in SQL). `map` turns the page's rows into the answer's items.
 */
export async function pageOfRows<Row, Item>(
  db: DataSource,
  query: { page: number; pageSize: number },
  sql: { select: string; from: string; where: Where; orderBy: string },
  map: (rows: Row[]) => Item[] | Promise<Item[]>,
): Promise<Page<Item>> {
  const { offset, limit } = pageWindow(query);
  const params = sql.where.params;
  const [rows, [{ total }]] = await Promise.all([
    db.query(
      `${sql.select} ${sql.from} WHERE ${sql.where.sql} ORDER BY ${sql.orderBy}
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    ) as Promise<Row[]>,
    db.query(`SELECT count(*)::int AS total ${sql.from} WHERE ${sql.where.sql}`, params) as Promise<
      { total: number }[]
    >,
  ]);
  return { items: await map(rows), total };
}

export { isPaged };
