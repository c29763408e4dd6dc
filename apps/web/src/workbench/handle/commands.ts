import { useCommand } from '../../api/query';

/**
 * A command on an item or a task from the 办理 page: a success makes every read of items and tasks stale (the
 * item, the inbox lists, the counters). Application commands and task decisions honour the Idempotency-Key, so
 * they may retry after a dropped connection; claims do not.
 */
export function useItemCommand<TBody extends object = object>(path: string, idempotent = true) {
  return useCommand<TBody | void>({
    request: (body) => ({ path, body: body ?? {} }),
    invalidates: [['applications'], ['tasks']],
    idempotent,
  });
}
