import type { ReactNode } from 'react';
import type { SessionUser } from '../../auth/session';
import { t } from '../../i18n/t';
import type { Attachment, CatalogItem } from '../../shared-ui/apiTypes';
import { MaterialUpload } from '../../shared-ui/MaterialUpload';
import { promisedText, statutoryText } from '../catalog/itemFacts';
import type { ApplyDraft, Channel, Delivery } from './applyDraft';

export interface StepProps {
  item: CatalogItem;
  draft: ApplyDraft;
  update(patch: Partial<ApplyDraft>): void;
}

function Field({
  label,
  required,
  children,
  hint,
}: {
  label: string;
  required?: boolean;
  children: ReactNode;
  hint?: string;
}) {
  return (
    <label className="ui-field">
      <span>
        {label}
        {required ? (
          <span className="ui-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </span>
      {children}
      {hint ? <small>{hint}</small> : null}
    </label>
  );
}

export function NoticeStep({ item, draft, update }: StepProps) {
  return (
    <>
      <h2>{t('portal.apply.notice')}</h2>
      <ul className="portal-notice-list">
        <li>{`${t('portal.item.promised')}：${promisedText(item)}；${t('portal.item.statutory')}：${statutoryText(item)}`}</li>
        <li>{`${t('portal.item.fees')}：${item.fees}`}</li>
        <li>{t('portal.apply.noticeMaterials')}</li>
        <li>{t('portal.apply.noticeOneTime')}</li>
        <li>{t('portal.apply.noticeDraft')}</li>
      </ul>
      <label className="portal-check">
        <input type="checkbox" checked={draft.agreed} onChange={(e) => update({ agreed: e.target.checked })} />
        {t('portal.apply.agree')}
      </label>
    </>
  );
}

export function ApplicantStep({ draft, update, user }: StepProps & { user: SessionUser }) {
  return (
    <>
      <h2>{t('portal.apply.applicant')}</h2>
      <div className="ui-grid ui-grid--halves">
        <Field label={t('portal.apply.name')} hint={t('portal.apply.nameHint')}>
          <input value={user.name} readOnly />
        </Field>
        <Field label={t('portal.apply.phone')} required>
          <input
            value={draft.phone}
            onChange={(e) => update({ phone: e.target.value })}
            inputMode="tel"
            autoComplete="tel"
            required
            aria-required="true"
          />
        </Field>
        <Field label={t('portal.apply.project')} required>
          <input
            value={draft.projectName}
            onChange={(e) => update({ projectName: e.target.value })}
            required
            aria-required="true"
          />
        </Field>
        <Field label={t('portal.apply.site')}>
          <input value={draft.site} onChange={(e) => update({ site: e.target.value })} />
        </Field>
        <Field label={t('portal.apply.area')} hint={t('portal.apply.areaHint')}>
          <input value={draft.area} onChange={(e) => update({ area: e.target.value })} inputMode="decimal" />
        </Field>
        <Field label={t('portal.apply.note')}>
          <textarea value={draft.note} onChange={(e) => update({ note: e.target.value })} />
        </Field>
      </div>
    </>
  );
}

export function MaterialsStep({
  item,
  draft,
  update,
  files,
  onUploaded,
  onRemove,
}: StepProps & { files: Attachment[]; onUploaded(file: Attachment): void; onRemove(file: Attachment): void }) {
  const toggle = (code: string, on: boolean) =>
    update({ ticked: on ? [...new Set([...draft.ticked, code])] : draft.ticked.filter((c) => c !== code) });
  return (
    <>
      <h2>{t('portal.apply.materials')}</h2>
      <p className="ui-muted">{t('portal.apply.materialsHint')}</p>
      <table className="ui-table portal-materials">
        <thead>
          <tr>
            <th scope="col">{t('portal.material.name')}</th>
            <th scope="col">{t('portal.material.required')}</th>
            <th scope="col">{t('portal.apply.handIn')}</th>
            <th scope="col">{t('portal.apply.upload')}</th>
          </tr>
        </thead>
        <tbody>
          {item.materials.map((material) => {
            const own = files.filter((file) => file.materialCode === material.code);
            return (
              <tr key={material.code}>
                <th scope="row">{`${material.code} ${material.name}`}</th>
                <td>{t(material.required ? 'portal.material.must' : 'portal.material.situational')}</td>
                <td>
                  <label className="portal-check">
                    <input
                      type="checkbox"
                      checked={own.length > 0 || draft.ticked.includes(material.code)}
                      disabled={own.length > 0}
                      onChange={(e) => toggle(material.code, e.target.checked)}
                    />
                    <span className="ui-visually-hidden">{material.name}</span>
                    {t('portal.apply.handInYes')}
                  </label>
                </td>
                <td>
                  <MaterialUpload
                    material={material}
                    target={{ itemCode: item.code }}
                    files={own}
                    onUploaded={onUploaded}
                    onRemove={onRemove}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

const CHANNELS: Channel[] = ['online', 'window', 'mail', 'fax'];
const DELIVERIES: Delivery[] = ['electronic', 'window', 'mail'];

export function DeliveryStep({ draft, update }: StepProps) {
  return (
    <>
      <h2>{t('portal.apply.delivery')}</h2>
      <fieldset className="portal-choices">
        <legend>{t('portal.apply.channel')}</legend>
        {CHANNELS.map((channel) => (
          <label key={channel} className="portal-check">
            <input
              type="radio"
              name="channel"
              checked={draft.channel === channel}
              onChange={() => update({ channel })}
            />
            {t(`ui.channel.${channel}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="portal-choices">
        <legend>{t('portal.apply.deliveryWay')}</legend>
        {DELIVERIES.map((delivery) => (
          <label key={delivery} className="portal-check">
            <input
              type="radio"
              name="delivery"
              checked={draft.delivery === delivery}
              onChange={() => update({ delivery })}
            />
            {t(`portal.delivery.${delivery}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
