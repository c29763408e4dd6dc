import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../api/client';
import { t } from '../i18n/t';
import { accountRules } from './accountRules';

interface ResetFields {
  account: string;
  code?: string;
  password?: string;
}

/**
 * A forgotten password: the account first (a code is sent, if the account exists — the server never says), then
 * the code and a new password. Done, it goes back to the sign-in form.
 */
export function ResetPasswordForm({ onDone, onBack }: { onDone(): void; onBack(): void }) {
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ account, code, password }: ResetFields) => {
    setBusy(true);
    setError(null);
    try {
      if (!sent) {
        await api('/auth/reset/request', { body: { account: account.trim() } });
        setSent(true);
      } else {
        await api('/auth/reset/confirm', { body: { account: account.trim(), code, password } });
        onDone();
      }
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('login.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<ResetFields> layout="vertical" onFinish={submit} aria-label={t('account.resetTitle')} requiredMark={false}>
      <Typography.Title level={2} style={{ fontSize: '1.3em' }}>
        {t('account.resetTitle')}
      </Typography.Title>
      <Form.Item label={t('account.account')} name="account" rules={accountRules}>
        <Input autoComplete="username" disabled={sent} />
      </Form.Item>
      {sent && (
        <>
          <Alert type="info" title={t('account.codeSent')} style={{ marginBottom: 16 }} />
          <Form.Item
            label={t('account.code')}
            name="code"
            rules={[{ required: true, pattern: /^\d{6}$/, message: t('account.codeRequired') }]}
          >
            <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} />
          </Form.Item>
          <Form.Item
            label={t('account.newPassword')}
            name="password"
            rules={[{ required: true, min: 8, message: t('account.passwordTooShort') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </>
      )}
      {error && <Alert type="error" role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" block loading={busy}>
        {sent ? t('account.resetSubmit') : t('account.sendCode')}
      </Button>
      <Button type="link" block onClick={onBack} style={{ marginTop: 8 }}>
        {t('account.backToLogin')}
      </Button>
    </Form>
  );
}
