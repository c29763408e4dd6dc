import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { t } from '../i18n/t';
import { RegisterForm } from './RegisterForm';
import { ResetPasswordForm } from './ResetPasswordForm';
import { useSession } from './session';

interface Credentials {
  username: string;
  password: string;
}

/**
 * Sign-in form shown in place of a page that needs one of `roles`, with an applicant's way in when it has no
 * account yet (注册) or has forgotten its password (忘记密码).
 */
export function LoginForm({ hint }: { hint?: string }) {
  const { login } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<'login' | 'register' | 'reset'>('login');
  const back = () => setMode('login');

  if (mode === 'register') {
    return (
      <Card className="login" style={{ maxWidth: 380, margin: '48px auto' }}>
        <RegisterForm onBack={back} />
      </Card>
    );
  }
  if (mode === 'reset') {
    return (
      <Card className="login" style={{ maxWidth: 380, margin: '48px auto' }}>
        <ResetPasswordForm
          onBack={back}
          onDone={() => {
            setNotice(t('account.resetDone'));
            back();
          }}
        />
      </Card>
    );
  }

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      await login(username, password);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('login.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className="login" style={{ maxWidth: 380, margin: '48px auto' }}>
      <Form<Credentials> layout="vertical" onFinish={submit} aria-label={t('login.title')} requiredMark={false}>
        <Typography.Title level={2} style={{ fontSize: '1.3em' }}>
          {t('login.title')}
        </Typography.Title>
        {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
        <Form.Item
          label={t('login.username')}
          name="username"
          rules={[{ required: true, message: t('login.usernameRequired') }]}
        >
          <Input name="username" autoComplete="username" />
        </Form.Item>
        <Form.Item
          label={t('login.password')}
          name="password"
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password name="password" autoComplete="current-password" />
        </Form.Item>
        {notice && <Alert type="success" title={notice} style={{ marginBottom: 16 }} />}
        {error && <Alert type="error" role="alert" title={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" block loading={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </Button>
        <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 8 }}>
          <Button type="link" onClick={() => setMode('register')}>
            {t('account.register')}
          </Button>
          <Button type="link" onClick={() => setMode('reset')}>
            {t('account.forgot')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
