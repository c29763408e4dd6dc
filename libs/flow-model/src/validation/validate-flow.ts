import { flowDefinitionSchema } from '../flow-definition.schema';
import { FlowErrorCode, type FlowError, type FlowValidationResult } from '../flow-error';
import { automaticCycleRules } from './automatic-cycle-rules';
import type { FlowDirectory } from '../directory';
import { conditionRules } from './condition-rules';
import { directoryRules } from './directory-rules';
import { edgeRules } from './edge-rules';
import { flowFacts, type FlowFacts } from './flow-facts';
import { identityRules } from './identity-rules';
import { nodeRules } from './node-rules';
import { parallelRules } from './parallel-rules';
import { returnRules } from './return-rules';
import { schemaErrors, schemaIssueMessage } from './schema-issues';
import { structureRules } from './structure-rules';
import { timeLimitRules } from './time-limit-rules';
import { voteRules } from './vote-rules';

const rules: ReadonlyArray<(facts: FlowFacts) => FlowError[]> = [
  identityRules,
  structureRules,
  edgeRules,
  nodeRules,
  conditionRules,
  parallelRules,
  returnRules,
  timeLimitRules,
  automaticCycleRules,
  voteRules,
];

export interface ValidateOptions {
  /** The publishing center's departments, roles and users: names a review uses must exist there. */
  directory?: FlowDirectory;
}

/**
 * Checks a flow definition before it may be published: the schema first, then the structure the
 * engine relies on, and with a `directory` the departments, roles and users its reviews name. Never throws;
 * every error names its node or edge when there is one.
 *
 * @example
 * const { valid, errors } = validateFlow(JSON.parse(body), { directory });
 */
export function validateFlow(def: unknown, options: ValidateOptions = {}): FlowValidationResult {
  try {
    const parsed = flowDefinitionSchema.safeParse(def, { error: schemaIssueMessage });
    if (!parsed.success) return result(schemaErrors(parsed.error.issues, def));
    const facts = flowFacts(parsed.data);
    const errors = rules.flatMap((rule) => rule(facts));
    if (options.directory) errors.push(...directoryRules(facts, options.directory));
    return result(errors);
  } catch {
    // Only hostile inputs get here (throwing getters, proxies): JSON never does.
    return result([{ code: FlowErrorCode.DEFINITION_UNREADABLE, message: '流程定义无法读取' }]);
  }
}

function result(errors: FlowError[]): FlowValidationResult {
  return { valid: errors.length === 0, errors };
}
