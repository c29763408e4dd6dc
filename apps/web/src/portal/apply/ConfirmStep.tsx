import { t } from '../../i18n/t';
import type { Attachment } from '../../shared-ui/apiTypes';
import type { StepProps } from './ApplySteps';

/** Everything once more before sending, with the missing required materials named plainly. */
export function ConfirmStep({
  item,
  draft,
  update,
  handedIn,
  files,
}: StepProps & { handedIn: string[]; files: Attachment[] }) {
  const missing = item.materials.filter((material) => material.required && !handedIn.includes(material.code));
  return (
    <>
      <h2>{t('portal.apply.confirm')}</h2>
      <dl className="ui-dl">
        <dt>{t('portal.item.name')}</dt>
        <dd>{item.name}</dd>
        <dt>{t('portal.apply.project')}</dt>
        <dd>{draft.projectName || '—'}</dd>
        <dt>{t('portal.apply.phone')}</dt>
        <dd>{draft.phone || '—'}</dd>
        <dt>{t('portal.apply.area')}</dt>
        <dd>{draft.area || '—'}</dd>
        <dt>{t('portal.apply.channel')}</dt>
        <dd>{t(`ui.channel.${draft.channel}`)}</dd>
        <dt>{t('portal.apply.deliveryWay')}</dt>
        <dd>{t(`portal.delivery.${draft.delivery}`)}</dd>
        <dt>{t('portal.apply.materials')}</dt>
        <dd>
          <ul className="portal-plain-list">
            {item.materials
              .filter((material) => handedIn.includes(material.code))
              .map((material) => (
                <li key={material.code}>
                  {`${material.name}${files.some((file) => file.materialCode === material.code) ? `（${t('portal.apply.uploaded')}）` : ''}`}
                </li>
              ))}
          </ul>
        </dd>
      </dl>
      {missing.length ? (
        <div className="ui-notice ui-notice--info" role="note">
          <strong>{t('portal.apply.missingTitle')}</strong>
          <ul className="portal-plain-list">
            {missing.map((material) => (
              <li key={material.code}>{material.name}</li>
            ))}
          </ul>
          {t('portal.apply.missingNote')}
        </div>
      ) : null}
      <label className="portal-check">
        <input type="checkbox" checked={draft.promise} onChange={(e) => update({ promise: e.target.checked })} />
        {t('portal.apply.promise')}
      </label>
    </>
  );
}
