import { t } from '../i18n/t';
import type { StatusLook } from './status';
import './shared-ui.css';

/** Icon + word + colour, never colour alone. `solid` is the badge variant for dense tables. */
export function StatusChip({ look, solid = false, suffix }: { look: StatusLook; solid?: boolean; suffix?: string }) {
  return (
    <span className={`ui-chip ui-chip--${look.tone}${solid ? ' ui-chip--solid' : ''}`}>
      <span aria-hidden="true" className="ui-chip__icon">
        {look.icon}
      </span>
      {t(look.label)}
      {suffix ? <span className="ui-chip__suffix">{suffix}</span> : null}
    </span>
  );
}
