import type { Procedure } from '@tongban/api-contract';
import type { FlowDefinition } from '@tongban/flow-model';

export type ProcedureDto = Procedure;

/** Who is named as an assignee is internal; the public sees steps, departments and limits. */
export function toProcedureDto(
  flowKey: string,
  flowVersion: number,
  definition: FlowDefinition,
  departmentNames: Record<string, string>,
): Procedure {
  const nodes = definition.nodes.map((node) => {
    if (!('assignees' in node)) return node;
    const { assignees: _assignees, ...rest } = node;
    return rest as typeof node;
  });
  return { flowKey, flowVersion, name: definition.name, definition: { ...definition, nodes }, departmentNames };
}
