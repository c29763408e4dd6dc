import { useQuery } from '@tanstack/react-query';
import type { CatalogItem, Department } from '@tongban/api-contract';
import { apiQuery } from './query';

export const departmentsQuery = () => apiQuery<Department[]>('/departments');
export const catalogQuery = () => apiQuery<CatalogItem[]>('/catalog');

/** Department code → name of the caller's center ('center' is the 综合窗口); the code while names load. */
export function useDepartmentNames(): (code: string | null | undefined) => string {
  const { data } = useQuery(departmentsQuery());
  const names = new Map((data ?? []).map((d) => [d.code, d.name]));
  return (code) => (code ? (names.get(code) ?? code) : '—');
}

/** The public catalog, for item names and material names next to codes. */
export function useCatalogNames() {
  const catalog = useQuery(catalogQuery());
  const byCode = new Map((catalog.data ?? []).map((item) => [item.code, item]));
  return {
    catalog,
    itemName: (code: string) => byCode.get(code)?.name ?? code,
    item: (code: string) => byCode.get(code),
  };
}
