import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { PageLoading } from '../app/PageLoading';
import { t } from '../i18n/t';
import { LoginForm } from './LoginForm';
import { useSession } from './session';

/** Renders `children` for a signed-in user holding one of `roles`; otherwise the sign-in form or a refusal. */
export function RequireRole({ roles, hint, children }: { roles: string[]; hint?: string; children: ReactNode }) {
  const { user, loading, logout } = useSession();
  if (loading) return <PageLoading />;
  if (!user) return <LoginForm hint={hint} />;
  if (!user.roles.some((role) => roles.includes(role))) {
    return (
      <Result
        status="403"
        title={<span role="alert">{t('login.wrongRole')}</span>}
        extra={<Button onClick={logout}>{t('login.switch')}</Button>}
      />
    );
  }
  return <>{children}</>;
}
