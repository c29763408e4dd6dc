import type { Figure } from '@tongban/api-contract';
import { Card, Col, Row, Statistic } from 'antd';
import { t } from '../../i18n/t';
import type { Overview } from '@tongban/api-contract';

interface Kpi {
  key: string;
  label: string;
  value: number | string;
  icon: string;
  /** Text colour of the figure (ux-portal.md B0 chip text colours, ≥ 4.5:1 on white). */
  color: string;
  suffix?: string;
}

/** The first row a supervisor reads: cards by the one rule, paused clocks, tacit approvals, on-time rate, complaints. */
export function KpiRow({
  overview,
  byItem,
  openComplaints,
}: {
  overview: Overview;
  byItem: Figure[] | undefined;
  openComplaints: number | undefined;
}) {
  const finished = (byItem ?? []).reduce((sum, f) => sum + f.finished, 0);
  const onTime = (byItem ?? []).reduce((sum, f) => sum + f.onTime, 0);
  const rate = finished ? Math.round((onTime / finished) * 1000) / 10 : null;
  const { cardCounts } = overview;
  const kpis: Kpi[] = [
    { key: 'green', label: t('supervision.kpi.green'), value: cardCounts.normal, icon: '✔', color: '#237804' },
    { key: 'warning', label: t('supervision.kpi.warning'), value: cardCounts.warning, icon: '◔', color: '#873800' },
    { key: 'yellow', label: t('supervision.kpi.yellow'), value: cardCounts.yellow, icon: '▲', color: '#874d00' },
    { key: 'red', label: t('supervision.kpi.red'), value: cardCounts.red, icon: '✖', color: '#a8071a' },
    { key: 'paused', label: t('supervision.kpi.paused'), value: overview.counts.paused, icon: '‖', color: '#595959' },
    {
      key: 'tacit',
      label: t('supervision.kpi.tacit'),
      value: overview.tacitApprovals.length,
      icon: '◐',
      color: '#531dab',
    },
    {
      key: 'onTime',
      label: t('supervision.kpi.onTime'),
      value: rate ?? '—',
      suffix: rate === null ? undefined : '%',
      icon: '◷',
      color: '#1e3a8a',
    },
    {
      key: 'complaints',
      label: t('supervision.kpi.complaints'),
      value: openComplaints ?? '—',
      icon: '☹',
      color: '#873800',
    },
  ];
  return (
    <section aria-label={t('supervision.kpi.title')} className="sv-kpis">
      <Row gutter={[12, 12]} role="list">
        {kpis.map((kpi) => (
          <Col key={kpi.key} span={3} role="listitem">
            <Card
              size="small"
              data-testid={`kpi-${kpi.key}`}
              className="sv-kpi"
              style={{ borderTop: `4px solid ${kpi.color}` }}
            >
              <Statistic
                title={
                  <span className="sv-kpi__label">
                    <span aria-hidden="true">{kpi.icon} </span>
                    {kpi.label}
                  </span>
                }
                value={kpi.value}
                suffix={kpi.suffix}
                styles={{ content: { color: kpi.color } }}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
