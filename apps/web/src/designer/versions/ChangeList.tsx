import type { FlowDefinition } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { tf } from '../i18n/format';
import { diffSize, type FlowDiff } from '../utils/diffDefinitions';
import { describeChange } from './describeChange';

/** 变更 (N): nodes, edges and flow settings, each change in words with Chinese field names. */
export function ChangeList({ diff, before, after }: { diff: FlowDiff; before: FlowDefinition; after: FlowDefinition }) {
  const nameIn = (flow: FlowDefinition, id: string) => flow.nodes.find((n) => n.id === id)?.name ?? id;
  const edgeName = (flow: FlowDefinition, id: string) => {
    const edge = flow.edges.find((e) => e.id === id);
    return edge ? `${nameIn(flow, edge.source)} → ${nameIn(flow, edge.target)}` : id;
  };
  return (
    <section className="compare__changes" aria-label={tf('designer.compare.changes', { n: diffSize(diff) })}>
      <h3>{tf('designer.compare.changes', { n: diffSize(diff) })}</h3>
      <h4>{t('designer.compare.nodes')}</h4>
      <ul>
        {diff.nodes.added.map((n) => (
          <li
            key={`a-${n.id}`}
            className="change change--added"
          >{`+ ${t('designer.diff.added')}：${nameIn(after, n.id)}`}</li>
        ))}
        {diff.nodes.removed.map((n) => (
          <li
            key={`r-${n.id}`}
            className="change change--removed"
          >{`− ${t('designer.diff.removed')}：${nameIn(before, n.id)}`}</li>
        ))}
        {diff.nodes.changed.map((c) => (
          <li key={`c-${c.id}`} className="change change--changed">
            {`✎ ${t('designer.diff.changed')}：${nameIn(after, c.id)}`}
            <ul>
              {c.fields.map((field) => (
                <li key={field.field}>{describeChange(field)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <h4>{t('designer.compare.edges')}</h4>
      <ul>
        {diff.edges.added.map((e) => (
          <li key={`a-${e.id}`} className="change change--added">{`+ ${edgeName(after, e.id)}`}</li>
        ))}
        {diff.edges.removed.map((e) => (
          <li key={`r-${e.id}`} className="change change--removed">{`− ${edgeName(before, e.id)}`}</li>
        ))}
        {diff.edges.changed.map((c) => (
          <li
            key={`c-${c.id}`}
            className="change change--changed"
          >{`✎ ${edgeName(after, c.id)}：${c.fields.map(describeChange).join('；')}`}</li>
        ))}
      </ul>
      {diff.header.length > 0 && (
        <>
          <h4>{t('designer.compare.header')}</h4>
          <ul>
            {diff.header.map((field) => (
              <li key={field.field} className="change change--changed">
                {describeChange(field)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
