import { Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';

export const required: Rule = { required: true, whitespace: true, message: t('admin.required') };

/**
 * A URL the API keeps secret (an SMS gateway's, a robot's webhook with its token): required until one is stored,
 * then blank keeps it. `host` is what the API shows of the stored one.
 */
export function secretUrl(host: string | undefined) {
  return {
    rules: [
      ...(host ? [] : [required]),
      { pattern: /^https?:\/\/\S+$/, message: t('admin.channels.url') },
    ] satisfies Rule[],
    extra: host ? tf('admin.channels.urlSet', { host }) : undefined,
  };
}

/** A password or token the API never returns: 已设置 once one is stored; blank keeps it, typed replaces it. */
export function SecretField({ name, label, set }: { name: string; label: string; set: boolean | undefined }) {
  return (
    <Form.Item name={name} label={label} extra={set ? t('admin.channels.secretSet') : undefined}>
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
