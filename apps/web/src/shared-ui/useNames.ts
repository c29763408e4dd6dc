import type { CatalogItem, Department } from './apiTypes';
import { useApi } from './useApi';

/** Department code → name of the caller's center ('center' is the 综合窗口). */
export function useDepartmentNames(): (code: string | null | undefined) => string {
  const departments = useApi<Department[]>('/departments');
  const names = new Map((departments.data ?? []).map((d) => [d.code, d.name]));
  return (code) => (code ? (names.get(code) ?? code) : '—');
}

/** The public catalog, for item names and material names next to codes. */
export function useCatalog() {
  const catalog = useApi<CatalogItem[]>('/catalog');
  const byCode = new Map((catalog.data ?? []).map((item) => [item.code, item]));
  return {
    catalog,
    itemName: (code: string) => byCode.get(code)?.name ?? code,
    item: (code: string) => byCode.get(code),
  };
}
