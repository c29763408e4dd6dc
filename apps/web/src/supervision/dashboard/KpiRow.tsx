import { t } from '../../i18n/t';
import { percent } from '../../shared-ui/format';
import type { Figures, Overview } from '../types';

/** The first row a supervisor reads: cards by colour, tacit approvals, on-time rate and open complaints. */
export function KpiRow({
  overview,
  figures,
  openComplaints,
}: {
  overview: Overview;
  figures: Figures | undefined;
  openComplaints: number | undefined;
}) {
  const finished = (figures?.byItem ?? []).reduce((sum, f) => sum + f.finished, 0);
  const onTime = (figures?.byItem ?? []).reduce((sum, f) => sum + f.onTime, 0);
  // The cards by the rule the item view and the workbench use (counts: the older warning-level figures).
  const byCard = overview.cardCounts;
  const cards = [
    {
      key: 'green',
      label: t('supervision.kpi.green'),
      value: byCard?.normal ?? overview.counts.green,
      tone: 'normal',
      icon: '✔',
    },
    ...(byCard
      ? [{ key: 'warning', label: t('supervision.kpi.warning'), value: byCard.warning, tone: 'warning', icon: '◔' }]
      : []),
    {
      key: 'yellow',
      label: t('supervision.kpi.yellow'),
      value: byCard?.yellow ?? overview.counts.yellow,
      tone: 'yellow',
      icon: '▲',
    },
    { key: 'red', label: t('supervision.kpi.red'), value: byCard?.red ?? overview.counts.red, tone: 'red', icon: '✖' },
    { key: 'paused', label: t('supervision.kpi.paused'), value: overview.counts.paused, tone: 'paused', icon: '‖' },
    {
      key: 'tacit',
      label: t('supervision.kpi.tacit'),
      value: overview.tacitApprovals.length,
      tone: 'tacit',
      icon: '◐',
    },
    {
      key: 'onTime',
      label: t('supervision.kpi.onTime'),
      value: finished ? percent(onTime / finished) : '—',
      tone: 'info',
      icon: '◷',
    },
    {
      key: 'complaints',
      label: t('supervision.kpi.complaints'),
      value: openComplaints ?? '—',
      tone: 'warning',
      icon: '☹',
    },
  ];
  return (
    <ul className="sv-kpis" aria-label={t('supervision.kpi.title')}>
      {cards.map((card) => (
        <li key={card.key} className={`sv-kpi sv-kpi--${card.tone}`} data-testid={`kpi-${card.key}`}>
          <span className="sv-kpi__label">
            <span aria-hidden="true">{card.icon} </span>
            {card.label}
          </span>
          <strong className="sv-kpi__value">{card.value}</strong>
        </li>
      ))}
    </ul>
  );
}
