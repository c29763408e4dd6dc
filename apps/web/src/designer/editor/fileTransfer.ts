import { flowDefinitionSchema, type FlowDefinition } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { tf } from '../i18n/format';

/** Offers the flow as `<key>.json`. */
export function downloadFlow(flow: FlowDefinition): void {
  const blob = new Blob([JSON.stringify(flow, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: `${flow.key}.json` });
  link.click();
  URL.revokeObjectURL(url);
}

/** A flow read from a JSON file, with schema defaults filled in; throws with a Chinese reason. */
export async function readFlowFile(file: File): Promise<FlowDefinition> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    throw new Error(tf('designer.importFailed', { reason: t('designer.importNotJson') }));
  }
  const parsed = flowDefinitionSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(tf('designer.importFailed', { reason: `${issue.path.join('.')}：${issue.message}` }));
  }
  return parsed.data;
}

/** True when some node has no stored position, e.g. a hand-written file: it then gets auto-laid-out. */
export function needsLayout(flow: FlowDefinition): boolean {
  return flow.nodes.some((node) => !flow.layout?.[node.id]);
}
