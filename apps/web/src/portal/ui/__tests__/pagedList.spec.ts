import { asPage } from '../pagedList';

describe('asPage', () => {
  it('takes a paged answer as it is', () => {
    expect(asPage({ items: ['c', 'd'], total: 7 }, 2, 2)).toEqual({ items: ['c', 'd'], total: 7 });
  });

  it('cuts the asked page from a plain array and counts the whole array', () => {
    const all = ['a', 'b', 'c', 'd', 'e'];
    expect(asPage(all, 1, 2)).toEqual({ items: ['a', 'b'], total: 5 });
    expect(asPage(all, 3, 2)).toEqual({ items: ['e'], total: 5 });
    expect(asPage(all, 4, 2)).toEqual({ items: [], total: 5 });
  });
});
