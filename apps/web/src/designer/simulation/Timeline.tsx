import type { FlowDefinition } from '@tongban/flow-model';
import type { TraceEntry } from '@tongban/flow-engine';
import { useMemo } from 'react';
import { t } from '../../i18n/t';
import { formatInstant } from '../versions/formatInstant';
import { describeTrace } from './describeTrace';

/** 办理轨迹: one row per engine step, newest last; refused commands stay visible with their reason. */
export function Timeline({ flow, trace }: { flow: FlowDefinition; trace: TraceEntry[] | null }) {
  const rows = useMemo(() => (trace ? describeTrace(flow, trace) : []), [flow, trace]);
  return (
    <section className="timeline" aria-label={t('designer.sim.timeline')}>
      <h2 className="timeline__title">{t('designer.sim.timeline')}</h2>
      {!trace && <p className="timeline__empty">{t('designer.sim.timeline.empty')}</p>}
      <div className="timeline__scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('designer.sim.col.at')}</th>
              <th scope="col">{t('designer.sim.col.event')}</th>
              <th scope="col">{t('designer.sim.col.nodes')}</th>
              <th scope="col">{t('designer.sim.col.effects')}</th>
              <th scope="col">{t('designer.sim.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index} className={row.refused ? 'timeline__row--refused' : undefined}>
                <td>{formatInstant(row.at)}</td>
                <td>{row.event}</td>
                <td>{row.nodes}</td>
                <td>{row.refused ? `⚠ ${row.refused}` : row.results.join('；')}</td>
                <td>{row.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
