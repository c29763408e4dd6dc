import { Alert, Card, Descriptions, Flex, Typography } from 'antd';
import { t } from '../../i18n/t';
import type { ApplicationView, CatalogItem } from '@tongban/api-contract';
import { formatDate, formatDateTime, tf } from '../../shared-ui/format';
import { isFinal } from '@tongban/flow-engine';
import { statusLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';
import { usePhone } from '../../shared-ui/usePhone';

/** The applicant's words for the clock: no card jargon, just days left, paused or late. */
export function clockText(view: ApplicationView): string {
  if (isFinal(view.status)) return t('portal.clock.finished');
  if (view.clockPaused || view.status === 'awaiting-supplement') return t('portal.clock.paused');
  if (!view.deadline) return t('portal.clock.notStarted');
  const left = view.remainingWorkingDays ?? 0;
  if (view.warning === 'red') return left < 0 ? tf('portal.clock.lateDays', { days: -left }) : t('portal.clock.late');
  return tf('portal.clock.left', { days: left });
}

/** 事项, 受理编号, state, dates and the clock; one column on a phone, so no label is squeezed to a few characters. */
export function SummaryCard({ view, item }: { view: ApplicationView; item: CatalogItem | undefined }) {
  const late = view.warning === 'red' && !isFinal(view.status);
  const phone = usePhone();
  return (
    <Card className="portal-summary" aria-labelledby="summary-title" role="region">
      <Flex gap={12} wrap align="center" className="portal-summary__head">
        <Typography.Title level={1} id="summary-title">
          {item?.name ?? '—'}
        </Typography.Title>
        <StatusChip look={statusLook(view.status)} />
      </Flex>
      <Descriptions
        size="small"
        bordered
        layout={phone ? 'vertical' : 'horizontal'}
        column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'receiptNo',
            label: t('portal.my.receiptNo'),
            children: <span className="portal-summary__receipt">{view.receiptNo}</span>,
          },
          { key: 'submittedAt', label: t('portal.my.submittedAt'), children: formatDateTime(view.submittedAt) },
          { key: 'acceptedAt', label: t('portal.my.acceptedAt'), children: formatDateTime(view.acceptedAt) },
          { key: 'deadline', label: t('portal.my.deadline'), children: formatDate(view.deadline) },
          {
            key: 'clock',
            label: t('portal.my.clock'),
            children: (
              <span className={late ? 'portal-summary__late' : ''} data-testid="clock-text">
                {clockText(view)}
              </span>
            ),
          },
          { key: 'window', label: t('portal.item.window'), children: item?.windowAuthority ?? '—' },
        ]}
      />
      {late ? <Alert type="error" showIcon className="portal-alert" title={t('portal.clock.lateHelp')} /> : null}
    </Card>
  );
}
