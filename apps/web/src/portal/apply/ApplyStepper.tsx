import { Progress, Steps } from 'antd';
import type { MessageKey } from '../../i18n/zh-CN';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';
import { usePhone } from '../../shared-ui/usePhone';

/**
 * Where the applicant is in the steps. Wide screens show every step (past ones clickable); a phone shows
 * "第 3 步，共 5 步" and a bar, since five titles do not fit in 390 px.
 */
export function ApplyStepper({
  steps,
  current,
  onGo,
}: {
  steps: MessageKey[];
  current: number;
  onGo(step: number): void;
}) {
  const phone = usePhone();
  if (phone) {
    return (
      <div className="portal-stepper-compact" aria-label={t('portal.apply.steps')} role="group">
        <p className="portal-stepper-compact__text">
          {tf('portal.apply.stepOf', { n: current + 1, total: steps.length })}
          <strong>{t(steps[current])}</strong>
        </p>
        <Progress percent={((current + 1) / steps.length) * 100} steps={steps.length} showInfo={false} aria-hidden />
      </div>
    );
  }
  return (
    <nav aria-label={t('portal.apply.steps')} className="portal-stepper">
      <Steps
        current={current}
        onChange={(step) => (step < current ? onGo(step) : undefined)}
        items={steps.map((label, index) => ({ key: label, title: t(label), disabled: index > current }))}
      />
    </nav>
  );
}
