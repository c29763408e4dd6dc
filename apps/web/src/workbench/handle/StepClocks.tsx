import { t } from '../../i18n/t';
import type { StepClock } from '@tongban/api-contract';
import { formatDateTime } from '../../shared-ui/format';
import { cardChipLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';

/** 环节时限: each running step's own deadline and card (a step late counts even while the item is in time). */
export function StepClocks({ clocks, nodeNames }: { clocks: StepClock[]; nodeNames: Map<string, string> }) {
  return (
    <div className="wb-step-clocks">
      <h3>{t('workbench.clock.steps')}</h3>
      <ul className="wb-step-clocks__list">
        {clocks.map((clock) => (
          <li key={clock.nodeId} data-testid={`step-clock-${clock.nodeId}`}>
            <StatusChip look={cardChipLook(clock.card)} />
            {` ${nodeNames.get(clock.nodeId) ?? clock.nodeId} · ${formatDateTime(clock.deadline)}`}
            {clock.calendarOfficial ? null : (
              <span className="ui-muted">{` ⚠ ${t('workbench.clock.unofficial')}`}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
