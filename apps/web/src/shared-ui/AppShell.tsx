import { type ReactNode, useEffect, useState } from 'react';
import { Link } from '../app/router';
import { useSession } from '../auth/session';
import type { MessageKey } from '../i18n/zh-CN';
import { t } from '../i18n/t';
import { NavLink } from './NavLink';
import './shared-ui.css';

export interface NavItem {
  to: string;
  label: MessageKey;
  exact?: boolean;
}

const SCALE_KEY = 'tongban.fontScale';
const SCALES = ['ui.font.normal', 'ui.font.large', 'ui.font.elder'] as const;

/** The frame of the three surfaces: skip link, title, navigation, who is signed in, and a text size control. */
export function AppShell({
  title,
  nav,
  children,
  tone,
}: {
  title: MessageKey;
  nav: NavItem[];
  children: ReactNode;
  tone: 'portal' | 'staff';
}) {
  const { user, logout } = useSession();
  const [scale, setScale] = useState(() => Number(localStorage.getItem(SCALE_KEY) ?? 0) || 0);
  useEffect(() => localStorage.setItem(SCALE_KEY, String(scale)), [scale]);
  useEffect(() => {
    document.title = `${t(title)} · ${t('app.title')}`;
  }, [title]);

  return (
    <div className={`ui-shell ui-shell--${tone} ui-shell--scale-${scale}`}>
      <a className="ui-skip" href="#main">
        {t('ui.skip')}
      </a>
      <header className="ui-header">
        <div className="ui-header__inner">
          <Link to="/" className="ui-header__brand">
            {t('app.title')}
          </Link>
          <span className="ui-header__area">{t(title)}</span>
          <nav aria-label={t(title)} className="ui-header__nav">
            {nav.map((item) => (
              <NavLink key={item.to} to={item.to} exact={item.exact}>
                {t(item.label)}
              </NavLink>
            ))}
          </nav>
          <div className="ui-header__tools">
            <label className="ui-header__scale">
              <span>{t('ui.font.label')}</span>
              <select value={scale} onChange={(event) => setScale(Number(event.target.value))}>
                {SCALES.map((key, index) => (
                  <option key={key} value={index}>
                    {t(key)}
                  </option>
                ))}
              </select>
            </label>
            {user ? (
              <>
                <span className="ui-header__user">{user.name}</span>
                <button type="button" className="ui-button ui-button--ghost ui-button--on-dark" onClick={logout}>
                  {t('common.logout')}
                </button>
              </>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="ui-main">
        {children}
      </main>
    </div>
  );
}
