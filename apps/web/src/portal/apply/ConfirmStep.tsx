import { Alert, Checkbox, Descriptions } from 'antd';
import { t } from '../../i18n/t';
import type { Attachment } from '@tongban/api-contract';
import { missingRequired } from '@tongban/flow-model';
import type { StepProps } from './ApplySteps';

/** Everything once more before sending, with the missing required materials named plainly. */
export function ConfirmStep({
  item,
  draft,
  update,
  handedIn,
  files,
}: StepProps & { handedIn: string[]; files: Attachment[] }) {
  const missing = missingRequired(item.materials, handedIn);
  return (
    <>
      <h2>{t('portal.apply.confirm')}</h2>
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'item', label: t('portal.item.name'), children: item.name },
          { key: 'project', label: t('portal.apply.project'), children: draft.projectName || '—' },
          { key: 'phone', label: t('portal.apply.phone'), children: draft.phone || '—' },
          { key: 'area', label: t('portal.apply.area'), children: draft.area || '—' },
          { key: 'channel', label: t('portal.apply.channel'), children: t(`ui.channel.${draft.channel}`) },
          { key: 'delivery', label: t('portal.apply.deliveryWay'), children: t(`portal.delivery.${draft.delivery}`) },
          {
            key: 'materials',
            label: t('portal.apply.materials'),
            children: (
              <ul className="portal-plain-list">
                {item.materials
                  .filter((material) => handedIn.includes(material.code))
                  .map((material) => (
                    <li key={material.code}>
                      {`${material.name}${files.some((file) => file.materialCode === material.code) ? `（${t('portal.apply.uploaded')}）` : ''}`}
                    </li>
                  ))}
              </ul>
            ),
          },
        ]}
      />
      {missing.length ? (
        <Alert
          type="info"
          showIcon
          role="note"
          className="portal-alert"
          title={t('portal.apply.missingTitle')}
          description={
            <>
              <ul className="portal-plain-list">
                {missing.map((material) => (
                  <li key={material.code}>{material.name}</li>
                ))}
              </ul>
              {t('portal.apply.missingNote')}
            </>
          }
        />
      ) : null}
      <Checkbox
        className="portal-promise"
        checked={draft.promise}
        onChange={(e) => update({ promise: e.target.checked })}
      >
        {t('portal.apply.promise')}
      </Checkbox>
    </>
  );
}
