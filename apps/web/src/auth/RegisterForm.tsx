import { accountName, type LoginResult } from '@tongban/api-contract';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../api/client';
import { t } from '../i18n/t';
import { accountRules } from './accountRules';
import { useSession } from './session';

interface Registration {
  account: string;
  name: string;
  password: string;
}

/** An applicant's own account: a mobile number or an e-mail address, a name and a password; signed in at once. */
export function RegisterForm({ onBack }: { onBack(): void }) {
  const { adopt } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ account, name, password }: Registration) => {
    const named = accountName(account);
    if (!named) return;
    setBusy(true);
    setError(null);
    try {
      const body = { [named.kind]: account.trim(), name, password };
      adopt(await api<LoginResult>('/auth/register', { body }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('login.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Registration>
      layout="vertical"
      onFinish={submit}
      aria-label={t('account.registerTitle')}
      requiredMark={false}
    >
      <Typography.Title level={2} style={{ fontSize: '1.3em' }}>
        {t('account.registerTitle')}
      </Typography.Title>
      <Form.Item label={t('account.account')} name="account" rules={accountRules}>
        <Input autoComplete="username" inputMode="email" />
      </Form.Item>
      <Form.Item label={t('account.name')} name="name" rules={[{ required: true, message: t('account.nameRequired') }]}>
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item
        label={t('account.newPassword')}
        name="password"
        rules={[{ required: true, min: 8, message: t('account.passwordTooShort') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {error && <Alert type="error" role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('account.registerSubmit')}
      </Button>
      <Button type="link" block onClick={onBack} style={{ marginTop: 8 }}>
        {t('account.backToLogin')}
      </Button>
    </Form>
  );
}
