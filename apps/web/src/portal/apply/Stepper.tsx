import type { MessageKey } from '../../i18n/zh-CN';
import { t } from '../../i18n/t';

/** Where the applicant is in the 5 steps; past steps can be revisited. */
export function Stepper({ steps, current, onGo }: { steps: MessageKey[]; current: number; onGo(step: number): void }) {
  return (
    <ol className="portal-stepper" aria-label={t('portal.apply.steps')}>
      {steps.map((label, index) => (
        <li
          key={label}
          className={index === current ? 'is-current' : index < current ? 'is-done' : ''}
          aria-current={index === current ? 'step' : undefined}
        >
          {index < current ? (
            <button type="button" onClick={() => onGo(index)}>
              <span className="portal-stepper__no" aria-hidden="true">
                ✔
              </span>
              {t(label)}
            </button>
          ) : (
            <span>
              <span className="portal-stepper__no" aria-hidden="true">
                {index + 1}
              </span>
              {t(label)}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
