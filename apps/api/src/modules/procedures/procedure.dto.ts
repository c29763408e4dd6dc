import type { FlowDefinition } from '@tongban/flow-model';

export interface ProcedureDto {
  flowKey: string;
  flowVersion: number;
  name: string;
  definition: FlowDefinition;
  /** Department code → name in the item's center, so the applicant sees names, not codes. */
  departmentNames: Record<string, string>;
}

/** Who is named as an assignee is internal; the public sees steps, departments and limits. */
export function toProcedureDto(
  flowKey: string,
  flowVersion: number,
  definition: FlowDefinition,
  departmentNames: Record<string, string>,
): ProcedureDto {
  const nodes = definition.nodes.map((node) => {
    if (!('assignees' in node)) return node;
    const { assignees: _assignees, ...rest } = node;
    return rest as typeof node;
  });
  return { flowKey, flowVersion, name: definition.name, definition: { ...definition, nodes }, departmentNames };
}
