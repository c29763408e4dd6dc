import { isPaged, pageQuerySchema, pageWindow } from './pagination';

describe('page query', () => {
  it('reads numbers from the query string and bounds the page size', () => {
    expect(pageQuerySchema.parse({ page: '2', pageSize: '20' })).toEqual({ page: 2, pageSize: 20 });
    expect(pageQuerySchema.safeParse({ page: '0', pageSize: '20' }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ page: '1', pageSize: '201' }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ sort: 'receiptNo; drop table' }).success).toBe(false);
  });

  it('is a page only with both page and pageSize', () => {
    expect(isPaged({ page: 1, pageSize: 10 })).toBe(true);
    expect(isPaged({ page: 1 })).toBe(false);
    expect(isPaged({})).toBe(false);
  });

  it('turns a page into offset and limit', () => {
    expect(pageWindow({ page: 3, pageSize: 20 })).toEqual({ offset: 40, limit: 20 });
  });
});
