import { Card, Checkbox, Col, Form, Input, Radio, Row, Space, Tag, Typography } from 'antd';
import type { SessionUser } from '../../auth/session';
import { t } from '../../i18n/t';
import type { Attachment, CatalogItem } from '@tongban/api-contract';
import { promisedText, statutoryText } from '../catalog/itemFacts';
import { MaterialPicker } from '../upload/MaterialPicker';
import type { ApplyDraft, Channel, Delivery } from './applyDraft';

export interface StepProps {
  item: CatalogItem;
  draft: ApplyDraft;
  update(patch: Partial<ApplyDraft>): void;
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
      <Checkbox checked={draft.agreed} onChange={(e) => update({ agreed: e.target.checked })}>
        {t('portal.apply.agree')}
      </Checkbox>
    </>
  );
}

export function ApplicantStep({ draft, update, user }: StepProps & { user: SessionUser }) {
  return (
    <>
      <h2>{t('portal.apply.applicant')}</h2>
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={t('portal.apply.name')} htmlFor="apply-name" extra={t('portal.apply.nameHint')}>
              <Input id="apply-name" value={user.name} readOnly />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('portal.apply.phone')} htmlFor="apply-phone" required>
              <Input
                id="apply-phone"
                value={draft.phone}
                onChange={(e) => update({ phone: e.target.value })}
                inputMode="tel"
                autoComplete="tel"
                aria-required="true"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('portal.apply.project')} htmlFor="apply-project" required>
              <Input
                id="apply-project"
                value={draft.projectName}
                onChange={(e) => update({ projectName: e.target.value })}
                aria-required="true"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('portal.apply.site')} htmlFor="apply-site">
              <Input id="apply-site" value={draft.site} onChange={(e) => update({ site: e.target.value })} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('portal.apply.area')} htmlFor="apply-area" extra={t('portal.apply.areaHint')}>
              <Input
                id="apply-area"
                value={draft.area}
                onChange={(e) => update({ area: e.target.value })}
                inputMode="decimal"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('portal.apply.note')} htmlFor="apply-note">
              <Input.TextArea
                id="apply-note"
                value={draft.note}
                onChange={(e) => update({ note: e.target.value })}
                autoSize={{ minRows: 2 }}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </>
  );
}

/** One card per material, stacked: its name, whether it is required, 已备齐, and the upload buttons. */
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
      <Typography.Paragraph type="secondary">{t('portal.apply.materialsHint')}</Typography.Paragraph>
      <Space orientation="vertical" size={12} className="portal-materials">
        {item.materials.map((material) => {
          const own = files.filter((file) => file.materialCode === material.code);
          return (
            <Card
              key={material.code}
              size="small"
              role="group"
              aria-label={`${material.code} ${material.name}`}
              className="portal-material"
              title={<span className="portal-material__name">{material.name}</span>}
              extra={
                <Tag color={material.required ? 'red' : 'default'}>
                  {t(material.required ? 'portal.material.must' : 'portal.material.situational')}
                </Tag>
              }
            >
              <Checkbox
                className="portal-material__ready"
                checked={own.length > 0 || draft.ticked.includes(material.code)}
                disabled={own.length > 0}
                onChange={(e) => toggle(material.code, e.target.checked)}
              >
                {t('portal.apply.handInYes')}
                <span className="ui-visually-hidden">{`：${material.name}`}</span>
              </Checkbox>
              <MaterialPicker
                material={material}
                target={{ itemCode: item.code, center: item.centerId }}
                files={own}
                onUploaded={onUploaded}
                onRemove={onRemove}
              />
            </Card>
          );
        })}
      </Space>
    </>
  );
}

const CHANNELS: Channel[] = ['online', 'window', 'mail', 'fax'];
const DELIVERIES: Delivery[] = ['electronic', 'window', 'mail'];

/** One question answered by picking one of a few options (how it is handed in, how the result comes back). */
function Choices<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  options: { value: T; label: string }[];
  onChange(value: T): void;
}) {
  return (
    <fieldset className="portal-choices">
      <legend>{props.legend}</legend>
      <Radio.Group
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as T)}
        options={props.options}
      />
    </fieldset>
  );
}

export function DeliveryStep({ draft, update }: StepProps) {
  return (
    <>
      <h2>{t('portal.apply.delivery')}</h2>
      <Choices
        name="channel"
        legend={t('portal.apply.channel')}
        value={draft.channel}
        onChange={(channel) => update({ channel })}
        options={CHANNELS.map((channel) => ({ value: channel, label: t(`ui.channel.${channel}`) }))}
      />
      <Choices
        name="delivery"
        legend={t('portal.apply.deliveryWay')}
        value={draft.delivery}
        onChange={(delivery) => update({ delivery })}
        options={DELIVERIES.map((delivery) => ({ value: delivery, label: t(`portal.delivery.${delivery}`) }))}
      />
    </>
  );
}
