import type { ReactNode } from 'react';
import { t } from '../i18n/t';
import { LoginForm } from './LoginForm';
import { useSession } from './session';

/** Renders `children` for a signed-in user holding one of `roles`; otherwise the sign-in form or a refusal. */
export function RequireRole({ roles, hint, children }: { roles: string[]; hint?: string; children: ReactNode }) {
  const { user, loading, logout } = useSession();
  if (loading) return <p role="status">{t('common.loading')}</p>;
  if (!user) return <LoginForm hint={hint} />;
  if (!user.roles.some((role) => roles.includes(role))) {
    return (
      <div className="page">
        <p role="alert">{t('login.wrongRole')}</p>
        <button onClick={logout}>{t('login.switch')}</button>
      </div>
    );
  }
  return <>{children}</>;
}
