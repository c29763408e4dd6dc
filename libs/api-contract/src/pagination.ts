import { z } from 'zod';

export const MAX_PAGE_SIZE = 200;

/**
 * `?page=&pageSize=&sort=&order=` on a list route. With `page` and `pageSize` the route answers a `Page`;
 * without them it answers as the contract said before pagination existed (a plain array).
 */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
  sort: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, 'sort 应为字段名')
    .optional(),
  order: z.enum(['asc', 'desc']).optional(),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** Search fields shared by the lists of items: receipt number, applicant, and a date range (inclusive days). */
export const itemSearchSchema = z.object({
  receiptNo: z.string().trim().max(64).optional(),
  applicant: z.string().trim().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type ItemSearch = z.infer<typeof itemSearchSchema>;

export const pageOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), total: z.number().int().min(0) });
export interface Page<T> {
  items: T[];
  total: number;
}

/** Whether the query asked for a page (both fields present). */
export function isPaged(query: PageQuery): query is PageQuery & { page: number; pageSize: number } {
  return query.page !== undefined && query.pageSize !== undefined;
}

/** Rows to skip and take for a page. */
export function pageWindow(query: { page: number; pageSize: number }): { offset: number; limit: number } {
  return { offset: (query.page - 1) * query.pageSize, limit: query.pageSize };
}
