import { keyOf } from '../query';
import { pagePath } from '../usePage';

describe('pagePath', () => {
  it('always asks for a page, so the route answers { items, total }', () => {
    expect(pagePath('/appointments', { page: 2, pageSize: 10 })).toBe('/appointments?page=2&pageSize=10');
  });

  it('carries the filters and the order, leaving out the empty ones', () => {
    const path = pagePath(
      '/tasks',
      { page: 1, pageSize: 20, sort: 'deadline', order: 'desc' },
      { status: 'open', receiptNo: 'TB-7', applicant: '', from: undefined },
    );
    expect(keyOf(path)).toEqual([
      'tasks',
      { status: 'open', receiptNo: 'TB-7', page: '1', pageSize: '20', sort: 'deadline', order: 'desc' },
    ]);
  });
});
