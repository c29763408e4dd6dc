import type { TableProps } from 'antd';
import type { PageState } from '../api/usePage';
import { tf } from './format';

/** What a server-paginated table needs: the total, the page it shows, and where a change of page or sort goes. */
export interface TableParts {
  total: number;
  state: PageState;
  loading: boolean;
  onChange(state: PageState): void;
}

/** antd's table change → the list's page, size and sort (server-side). */
export function tableChange<T>(parts: TableParts): TableProps<T>['onChange'] {
  return (pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    parts.onChange({
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? parts.state.pageSize,
      sort: one?.order ? String(one.columnKey ?? one.field) : undefined,
      order: one?.order === 'descend' ? 'desc' : one?.order === 'ascend' ? 'asc' : undefined,
    });
  };
}

export const pagination = (parts: TableParts) => ({
  current: parts.state.page,
  pageSize: parts.state.pageSize,
  total: parts.total,
  showSizeChanger: true,
  showTotal: (total: number) => tf('workbench.inbox.total', { total }),
});

/** The column's sort arrow as the list's state says. */
export const sortOrder = (state: PageState, key: string) =>
  state.sort === key ? (state.order === 'desc' ? ('descend' as const) : ('ascend' as const)) : null;
