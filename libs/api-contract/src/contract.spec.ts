import { applicationListQuerySchema, departmentSchema, publicProgressQuerySchema, taskListQuerySchema } from './index';

describe('contract schemas', () => {
  it('are strict: a field the contract does not name is refused', () => {
    expect(departmentSchema.safeParse({ code: 'fire', name: '消防' }).success).toBe(true);
    expect(departmentSchema.safeParse({ code: 'fire', name: '消防', centerId: 'x' }).success).toBe(false);
  });

  it('read a phone for the progress lookup with spaces ignored, and refuse anything else', () => {
    expect(publicProgressQuerySchema.parse({ receiptNo: ' TB1 ', phone: '139 1234 5678' })).toEqual({
      receiptNo: 'TB1',
      phone: '13912345678',
    });
    expect(publicProgressQuerySchema.parse({ receiptNo: 'TB1', phone: '0571-88886666' }).phone).toBe('0571-88886666');
    expect(publicProgressQuerySchema.safeParse({ receiptNo: 'TB1', phone: '12345' }).success).toBe(false);
    expect(publicProgressQuerySchema.safeParse({ receiptNo: '', phone: '13912345678' }).success).toBe(false);
  });

  it('combine paging, search and the old list fields, keeping the old defaults', () => {
    expect(applicationListQuerySchema.parse({})).toEqual({ limit: 100 });
    expect(taskListQuerySchema.parse({})).toEqual({ status: 'open', limit: 200 });
    expect(
      applicationListQuerySchema.parse({
        page: '2',
        pageSize: '20',
        sort: 'receiptNo',
        from: '2026-09-28',
        status: 'in-review',
      }),
    ).toEqual({ page: 2, pageSize: 20, sort: 'receiptNo', from: '2026-09-28', status: 'in-review', limit: 100 });
    expect(applicationListQuerySchema.safeParse({ to: '2026-02-30' }).success).toBe(false);
  });
});
