import type { FlowDefinition } from '@tongban/flow-model';

export interface ProcedureDto {
  flowKey: string;
  flowVersion: number;
  name: string;
  definition: FlowDefinition;
}

/** Who is named as an assignee is internal; the public sees steps, departments and limits. */
export function toProcedureDto(flowKey: string, flowVersion: number, definition: FlowDefinition): ProcedureDto {
  const nodes = definition.nodes.map((node) => {
    if (!('assignees' in node)) return node;
    const { assignees: _assignees, ...rest } = node;
    return rest as typeof node;
  });
  return { flowKey, flowVersion, name: definition.name, definition: { ...definition, nodes } };
}
