import { cardsByDayQuerySchema, ledgerQuerySchema, onTimeQuerySchema } from './supervision';

describe('supervision query schemas', () => {
  it('defaults the chart windows and dimensions, and bounds them', () => {
    expect(cardsByDayQuerySchema.parse({})).toEqual({ days: 30 });
    expect(cardsByDayQuerySchema.parse({ days: '7' })).toEqual({ days: 7 });
    expect(cardsByDayQuerySchema.safeParse({ days: '91' }).success).toBe(false);
    expect(onTimeQuerySchema.parse({})).toEqual({ by: 'department' });
    expect(onTimeQuerySchema.safeParse({ by: 'officer' }).success).toBe(false);
  });

  it('takes the ledger page, its sortable columns only, and its filters', () => {
    expect(
      ledgerQuerySchema.parse({
        page: '2',
        pageSize: '10',
        sort: 'dueDate',
        order: 'asc',
        from: '2026-11-01',
        state: 'open',
      }),
    ).toEqual({ page: 2, pageSize: 10, sort: 'dueDate', order: 'asc', from: '2026-11-01', state: 'open' });
    expect(ledgerQuerySchema.safeParse({ sort: 'note' }).success).toBe(false);
    expect(ledgerQuerySchema.safeParse({ to: '2026-02-30' }).success).toBe(false);
    expect(ledgerQuerySchema.safeParse({ state: 'all' }).success).toBe(false);
  });
});
