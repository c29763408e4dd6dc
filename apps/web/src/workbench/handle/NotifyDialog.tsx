import { Alert, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../i18n/t';
import type { ApplicationView, CatalogItem } from '@tongban/api-contract';

/**
 * 一次性告知: the guide's material list, pre-ticked where a required one is missing; every ticked item may carry
 * what is wrong with it, because the notice must say everything at once (a second notice is refused). Once sent,
 * the 《一次性告知书》 is printed from the item's 打印告知书 page.
 */
export function NotifyDialog(props: {
  open: boolean;
  view: ApplicationView;
  item: CatalogItem;
  supplied: string[];
  busy: boolean;
  error: Error | null;
  onClose(): void;
  onSend(missing: string[], note: string): void;
}) {
  const { open, item, supplied, busy, error, onClose, onSend } = props;
  const [checked, setChecked] = useState<string[]>(() =>
    item.materials.filter((m) => m.required && !supplied.includes(m.code)).map((m) => m.code),
  );
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const send = () => {
    if (!checked.length) return setProblem(t('workbench.notify.needOne'));
    const lines = checked.map((code) => {
      const name = item.materials.find((m) => m.code === code)?.name ?? code;
      const reason = reasons[code]?.trim() || t('workbench.notify.defaultReason');
      return `${name}（${reason}）`;
    });
    setProblem(null);
    onSend(checked, [lines.join('；'), note.trim()].filter(Boolean).join('。'));
  };

  return (
    <Modal
      open={open}
      width={720}
      title={t('workbench.notify.title')}
      okText={t('workbench.notify.send')}
      cancelText={t('ui.cancel')}
      confirmLoading={busy}
      onOk={send}
      onCancel={onClose}
    >
      <Alert type="info" showIcon message={t('workbench.notify.rule')} className="wb-gap" />
      <Form layout="vertical" onFinish={send}>
        <fieldset className="wb-checklist">
          <legend>{t('workbench.notify.list')}</legend>
          {item.materials.map((material) => {
            const on = checked.includes(material.code);
            return (
              <div key={material.code} className="wb-checklist__row">
                <Checkbox
                  checked={on}
                  onChange={(e) =>
                    setChecked((c) => (e.target.checked ? [...c, material.code] : c.filter((x) => x !== material.code)))
                  }
                >
                  {`${material.code} ${material.name}`}
                  <Typography.Text type="secondary" className="wb-check__state">
                    {supplied.includes(material.code)
                      ? t('workbench.material.handed')
                      : t('workbench.material.missing')}
                  </Typography.Text>
                </Checkbox>
                {on ? (
                  <Input
                    aria-label={`${t('workbench.notify.reason')}：${material.name}`}
                    placeholder={t('workbench.notify.reasonHint')}
                    value={reasons[material.code] ?? ''}
                    onChange={(e) => setReasons((r) => ({ ...r, [material.code]: e.target.value }))}
                  />
                ) : null}
              </div>
            );
          })}
        </fieldset>
        <Form.Item label={t('workbench.notify.note')} htmlFor="notify-note">
          <Input.TextArea id="notify-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </Form.Item>
      </Form>
      {problem || error ? <Alert type="error" showIcon message={problem ?? error?.message} /> : null}
    </Modal>
  );
}
